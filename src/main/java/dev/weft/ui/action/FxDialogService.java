package dev.weft.ui.action;

import dev.weft.ui.Messages;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The window's dialogs: the preview as a window-modal stage over the main window, the journal
/// as a window of its own; both themed as the main window is.
///
/// Threading: FX thread only.
public final class FxDialogService implements DialogService {
  private final Window owner;
  private final Consumer<Parent> theme;
  private final Consumer<String> copy;

  /// @param theme applies the window's stylesheet and theme to a dialog's root
  /// @param copy puts text on the clipboard
  public FxDialogService(Window owner, Consumer<Parent> theme, Consumer<String> copy) {
    this.owner = owner;
    this.theme = theme;
    this.copy = copy;
  }

  @Override
  public void showPreview(PreviewViewModel preview) {
    PreviewView view = new PreviewView(preview);
    Stage stage = stage(view, Messages.get("preview.title", preview.title()), 760, 560);
    // Not modal: under the headless glass platform the owner never took keys again after a
    // modal child closed. One preview at a time is kept by the view model instead.
    // A running action is never abandoned: the close box cancels only before the run.
    stage.setOnCloseRequest(
        e -> {
          preview.cancel();
          if (!preview.closedProperty().get()) {
            e.consume();
          }
        });
    preview.closedProperty().addListener((o, a, closed) -> stage.close());
    // Keys go back to the map, so the next gesture's twin works at once.
    stage.setOnHidden(e -> owner.requestFocus());
    stage.show();
    view.requestFocus();
  }

  @Override
  public void showJournal(JournalViewModel journal) {
    Stage stage = stage(new JournalView(journal, copy), Messages.get("journal.title"), 900, 520);
    stage.show();
    journal.load();
  }

  private Stage stage(Parent root, String title, double width, double height) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle(title);
    theme.accept(root);
    root.getStylesheets().add(ActionStyles.STYLESHEET);
    stage.setScene(new Scene(root, width, height));
    return stage;
  }
}
