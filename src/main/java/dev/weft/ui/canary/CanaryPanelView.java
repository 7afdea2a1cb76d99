package dev.weft.ui.canary;

import dev.weft.action.canary.GateResult;
import dev.weft.action.canary.GateVerdict;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/// The canary panel: binds to [CanaryPanelViewModel] and forwards button presses and their
/// keyboard twins (put on the scene while the panel is in one).
///
/// Threading: FX thread only.
public final class CanaryPanelView extends VBox {
  /// The keyboard twins of the buttons, listed in the README's keys table.
  public static final Map<String, String> KEYS =
      Map.of(
          "start", "Shortcut+Shift+N",
          "promote", "Shortcut+Shift+P",
          "pause", "Shortcut+Shift+U",
          "abort", "Shortcut+Shift+K");

  private final CanaryPanelViewModel vm;
  private final GridPane steps = new GridPane();
  private final GridPane gates = new GridPane();

  public CanaryPanelView(CanaryPanelViewModel vm) {
    super(8);
    this.vm = vm;
    setId("canary-panel");
    getStyleClass().add("canary-panel");
    getStylesheets().add(CanaryStyles.STYLESHEET);
    setPadding(new Insets(10));
    Label title = label("canary-title", "canary-title");
    title.textProperty().bind(vm.titleProperty());
    Label state = label("canary-state", "canary-state");
    state.textProperty().bind(vm.stateProperty());
    state.setWrapText(true);
    Label timing = label("canary-timing", "canary-timing");
    timing.textProperty().bind(vm.timingProperty());
    Label message = label("canary-message", "canary-message");
    message.textProperty().bind(vm.messageProperty());
    message.setWrapText(true);
    steps.setHgap(10);
    steps.setId("canary-steps");
    gates.setHgap(10);
    gates.setId("canary-gates");
    vm.steps().addListener((ListChangeListener<StepRow>) c -> fillSteps());
    vm.gates().addListener((ListChangeListener<GateResult>) c -> fillGates());
    VBox ready =
        new VBox(new Label("ready ratio"), new Sparkline(vm.readyHistory(), 1.0, Color.SEAGREEN));
    VBox restarts =
        new VBox(new Label("restarts"), new Sparkline(vm.restartHistory(), 5, Color.CRIMSON));
    VBox sparklines = new VBox(6, ready, restarts);
    sparklines.setId("canary-sparklines");
    Button start = button("canary-start", "Start…", vm.startCommand(), vm::start);
    Button promote = button("canary-promote", "Promote", vm.promoteCommand(), vm::promote);
    Button pause = button("canary-pause", "Pause", vm.pauseResumeCommand(), vm::pauseResume);
    pause.textProperty().bind(vm.pauseTextProperty());
    Button abort = button("canary-abort", "Abort", vm.abortCommand(), vm::abort);
    abort.getStyleClass().add("danger");
    // Each button with why it is disabled beside it: a disabled button shows no tooltip.
    GridPane buttons = new GridPane(8, 4);
    buttons.setId("canary-buttons");
    buttons.addRow(0, start, why(vm.startCommand()));
    buttons.addRow(1, promote, why(vm.promoteCommand()));
    buttons.addRow(2, pause, why(vm.pauseResumeCommand()));
    buttons.addRow(3, abort, why(vm.abortCommand()));
    buttons.getChildren().forEach(n -> n.setFocusTraversable(n instanceof Button));
    // Promote and Abort under the state, before the steps, gates and sparklines: in a short
    // window the buttons stay in sight and the figures scroll, not the other way round.
    getChildren().addAll(title, state, timing, buttons, message, steps, gates, sparklines);
    sceneProperty()
        .addListener(
            (o, old, scene) -> {
              if (old != null) {
                KEYS.values().forEach(k -> old.getAccelerators().remove(combo(k)));
              }
              if (scene != null) {
                keys(scene);
              }
            });
  }

  private void keys(Scene scene) {
    scene.getAccelerators().put(combo(KEYS.get("start")), vm::start);
    scene.getAccelerators().put(combo(KEYS.get("promote")), vm::promote);
    scene.getAccelerators().put(combo(KEYS.get("pause")), vm::pauseResume);
    scene.getAccelerators().put(combo(KEYS.get("abort")), vm::abort);
  }

  private static KeyCombination combo(String text) {
    return KeyCombination.keyCombination(text);
  }

  private void fillSteps() {
    steps.getChildren().clear();
    int row = 0;
    for (StepRow s : vm.steps()) {
      Label status = new Label(s.status());
      status.getStyleClass().addAll("canary-step", "canary-step-" + s.status().replace(' ', '-'));
      steps.addRow(row++, new Label(s.zone()), status, new Label(s.detail()));
    }
  }

  private void fillGates() {
    gates.getChildren().clear();
    int row = 0;
    for (GateResult g : vm.gates()) {
      Label verdict = new Label(g.verdict().label());
      verdict.getStyleClass().add("gate-" + g.verdict().name().toLowerCase(java.util.Locale.ROOT));
      verdict.setTextFill(colour(g.verdict()));
      gates.addRow(row++, new Label(g.gate()), whole(g.value()), whole(g.threshold()), verdict);
      verdict.setMinWidth(Region.USE_PREF_SIZE);
    }
  }

  /// A figure is never cut to "≥ 1…": the gate's name gives way first.
  private static Label whole(String text) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static Color colour(GateVerdict v) {
    return switch (v) {
      case PASS -> Color.SEAGREEN;
      case FAIL -> Color.CRIMSON;
      case WAITING -> Color.DARKORANGE;
      case NO_DATA -> Color.GRAY;
    };
  }

  private static Label why(CanaryCommand command) {
    Label l = new Label();
    l.getStyleClass().add("canary-why");
    l.setWrapText(true);
    l.textProperty().bind(command.whyProperty());
    return l;
  }

  private static Label label(String id, String style) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(style);
    return l;
  }

  private static Button button(String id, String text, CanaryCommand command, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    // Never "…": the reason beside it wraps instead.
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    b.disableProperty().bind(command.enabledProperty().not());
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(command.whyProperty());
    b.setTooltip(tip);
    b.setOnAction(e -> action.run());
    return b;
  }
}
