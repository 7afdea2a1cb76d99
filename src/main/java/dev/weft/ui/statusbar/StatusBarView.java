package dev.weft.ui.statusbar;

import dev.weft.state.ConnectionPhase;
import dev.weft.ui.Messages;
import dev.weft.ui.theme.States;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/// The status bar: one chip per zone (phase word, API latency, age of the last event), coloured
/// by phase and always spelled out. Binds only.
///
/// Threading: FX thread only.
public final class StatusBarView extends FlowPane {
  public StatusBarView(StatusBarViewModel vm) {
    // Many zones wrap onto a second line rather than truncating each chip.
    super(8, 4);
    setId("status-bar");
    getStyleClass().add("status-bar");
    // A flow pane asks for the height of its chips wrapped at 400 px, and the status row grants
    // it: five zones made a 130 px band with one line of chips in it. Wrap where it really is.
    widthProperty().addListener((o, a, w) -> setPrefWrapLength(Math.max(200, w.doubleValue())));
    vm.chips().addListener((ListChangeListener<ZoneChipViewModel>) c -> rebuild(vm));
    rebuild(vm);
  }

  private void rebuild(StatusBarViewModel vm) {
    getChildren().clear();
    // What the chips' four parts are, said once where they are.
    Label legend = new Label(Messages.get("chip.legend"));
    legend.setId("chip-legend");
    legend.getStyleClass().add("chip-legend");
    legend.setTooltip(new Tooltip(Messages.get("chip.legendTip")));
    legend.getTooltip().setWrapText(true);
    legend.getTooltip().setMaxWidth(420);
    for (ZoneChipViewModel chip : vm.chips()) {
      Label label = new Label();
      label.setId("chip-" + chip.zone());
      label.setMinWidth(Label.USE_PREF_SIZE);
      // A chip never narrows while its zone's phase holds: its latency and age change width
      // with each probe ("9 ms", "112 ms"), and each change rewrapped the chips, so the panels
      // above jumped by a line in a storm, and the map was refitted and drawn whole (a 35 ms
      // frame at 10 x 50). A new phase is news: the chip fits its words again. Kept for good,
      // "Connecting" made every live chip a third wider, and five zones took two lines.
      chip.phaseProperty().addListener((o, was, now) -> label.setMinWidth(Label.USE_PREF_SIZE));
      label
          .widthProperty()
          .addListener(
              (o, a, w) -> {
                if (w.doubleValue() > label.getMinWidth()) {
                  label.setMinWidth(w.doubleValue());
                }
              });
      label.getStyleClass().add("zone-chip");
      label.textProperty().bind(chip.textProperty());
      Tooltip tip = new Tooltip();
      tip.textProperty().bind(chip.detailsProperty());
      label.setTooltip(tip);
      States.bindEnum(label, chip.phaseProperty(), ConnectionPhase.values());
      getChildren().add(label);
    }
    getChildren().add(legend);
  }
}
