package dev.weft.ui.inspector;

import dev.weft.ui.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The log tail: a bounded list of lines, Follow (keep the newest in view) and Pause. Binds only.
///
/// Threading: FX thread only.
final class LogTailView extends VBox {
  LogTailView(LogTailViewModel vm) {
    super(4);
    setId("log-tail");
    ListView<String> lines = new ListView<>(vm.lines());
    lines.setId("log-lines");
    lines.getStyleClass().add("log-lines");
    lines.setPrefHeight(160);
    CheckBox follow = new CheckBox(Messages.get("inspector.follow"));
    follow.selectedProperty().bindBidirectional(vm.followProperty());
    ToggleButton pause = new ToggleButton(Messages.get("inspector.pause"));
    pause.setId("log-pause");
    pause.selectedProperty().bindBidirectional(vm.pausedProperty());
    Label status = new Label();
    status.getStyleClass().add("log-status");
    status.textProperty().bind(vm.statusProperty());
    vm.lines()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  if (vm.followProperty().get() && !vm.lines().isEmpty()) {
                    lines.scrollTo(vm.lines().size() - 1);
                  }
                });
    // The status (a long pod name) gives way first; the controls keep their labels.
    follow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    pause.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    status.setMinWidth(0);
    getChildren().addAll(new HBox(8, follow, pause, status), lines);
  }
}
