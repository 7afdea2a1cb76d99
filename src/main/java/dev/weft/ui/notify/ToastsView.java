package dev.weft.ui.notify;

import dev.weft.ui.Messages;
import dev.weft.ui.theme.States;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/// The window's notifications: at most two cards over the top of the map (never over the
/// status bar), the one for what is in trouble now and, briefly, one for what recovered. Each
/// can be dismissed; a folded notice shows its title alone and opens when clicked. Binds only.
///
/// Threading: FX thread only.
public final class ToastsView extends VBox {
  /// A folded notice fits in the band left of the map's toolbar.
  private static final double FOLDED_WIDTH = 360;

  public ToastsView(NotificationsViewModel vm) {
    super(8);
    setId("toasts");
    getStyleClass().add("toasts");
    setAlignment(Pos.TOP_CENTER);
    setPickOnBounds(false);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    vm.shown().addListener((ListChangeListener<Notice>) c -> rebuild(vm));
    rebuild(vm);
  }

  private void rebuild(NotificationsViewModel vm) {
    getChildren().clear();
    for (Notice notice : vm.shown()) {
      Label title = new Label(notice.title());
      title.getStyleClass().add("toast-title");
      Label text = new Label(notice.text());
      text.getStyleClass().add("toast-text");
      text.setWrapText(true);
      boolean withText = !notice.folded() && !notice.text().isBlank();
      text.setVisible(withText);
      text.setManaged(withText);
      Button close = new Button("\u2715");
      close.getStyleClass().add("toast-close");
      close.setAccessibleText(Messages.get("notice.dismiss"));
      close.setFocusTraversable(false);
      close.setOnAction(e -> vm.dismiss(notice));
      BorderPane card = new BorderPane(new VBox(2, title, text));
      card.setRight(close);
      card.setId(notice.kind() == Notice.Kind.DOWN ? "toast-trouble" : "toast-recovered");
      card.getStyleClass().add("toast");
      if (notice.folded()) {
        title.setText("\u25B8 " + notice.title());
        card.setMaxWidth(FOLDED_WIDTH);
        card.setOnMouseClicked(e -> vm.unfold());
        card.setCursor(javafx.scene.Cursor.HAND);
        javafx.scene.control.Tooltip.install(
            card, new javafx.scene.control.Tooltip(Messages.get("notice.unfold")));
      } else {
        card.setMaxWidth(440);
        card.setPrefWidth(440);
      }
      States.set(card, "folded", notice.folded());
      States.set(card, "down", notice.kind() == Notice.Kind.DOWN);
      States.set(card, "healthy", notice.kind() == Notice.Kind.RECOVERED);
      getChildren().add(card);
    }
    setVisible(!getChildren().isEmpty());
  }
}
