package dev.weft.ui.canary;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/// The panel's dialogs on the main window: the Start form and the confirmation preview, both
/// non-modal as the failover preview is (the headless platform never gave keys back to the
/// owner after a modal child closed). `Enter` confirms, `Esc` cancels.
///
/// Threading: FX thread only.
public final class FxCanaryDialogs implements CanaryDialogs {
  private final Window owner;

  public FxCanaryDialogs(Window owner) {
    this.owner = owner;
  }

  @Override
  public void askStart(StartForm defaults, Consumer<StartAnswer> start) {
    Dialog<StartAnswer> dialog = dialog("Start a canary of " + defaults.app());
    TextField image = new TextField(defaults.image());
    image.setId("canary-form-image");
    image.setPromptText("image or tag, e.g. 2.1");
    ChoiceBox<String> zone = new ChoiceBox<>();
    zone.setId("canary-form-zone");
    zone.getItems().setAll(defaults.zones());
    if (!defaults.zones().isEmpty()) {
      zone.setValue(defaults.zones().getFirst());
    }
    Spinner<Integer> replicas = new Spinner<>(1, 20, defaults.replicas());
    replicas.setId("canary-form-replicas");
    TextField soak = new TextField(defaults.soak().toSeconds() + "");
    soak.setId("canary-form-soak");
    GridPane form = new GridPane(8, 8);
    form.addRow(0, new Label("Image or tag"), image);
    form.addRow(1, new Label("Canary zone"), zone);
    form.addRow(2, new Label("Replicas"), replicas);
    form.addRow(3, new Label("Soak (seconds)"), soak);
    dialog.getDialogPane().setContent(form);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(image.textProperty().isEmpty().or(soak.textProperty().isEmpty()));
    dialog.setResultConverter(
        b ->
            b == ButtonType.OK
                ? new StartAnswer(
                    image.getText().trim(),
                    zone.getValue(),
                    replicas.getValue(),
                    Duration.ofSeconds(seconds(soak.getText(), defaults.soak())))
                : null);
    dialog.setOnHidden(
        e -> {
          if (dialog.getResult() != null) {
            start.accept(dialog.getResult());
          }
        });
    dialog.show();
    image.requestFocus();
  }

  private static long seconds(String text, Duration fallback) {
    try {
      return Math.max(0, Long.parseLong(text.trim().replaceAll("s$", "")));
    } catch (NumberFormatException e) {
      return fallback.toSeconds();
    }
  }

  /// How wide the preview's lines may run.
  private static final double PREVIEW_WIDTH = 620;

  @Override
  public void confirm(String title, List<String> preview, Runnable confirmed) {
    Dialog<ButtonType> dialog = dialog(title);
    VBox lines = new VBox(4);
    lines.setId("canary-preview");
    // Wrapped at a readable width: a line naming a registry path and an operation made the
    // dialog 1,777 px wide, its ends and buttons off a 1440-pixel screen.
    lines.setPrefWidth(PREVIEW_WIDTH);
    lines.setMaxWidth(PREVIEW_WIDTH);
    for (String line : preview) {
      Label label = new Label(line);
      label.setWrapText(true);
      label.setMinHeight(Region.USE_PREF_SIZE);
      lines.getChildren().add(label);
    }
    dialog.getDialogPane().setContent(lines);
    dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    dialog.setOnHidden(
        e -> {
          if (dialog.getResult() == ButtonType.OK) {
            confirmed.run();
          }
        });
    dialog.show();
  }

  private <T> Dialog<T> dialog(String title) {
    Dialog<T> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.initModality(Modality.NONE);
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.getDialogPane().setId("canary-dialog");
    dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    return dialog;
  }
}
