package dev.weft.ui.map;

import dev.weft.ui.theme.States;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/// Ready over desired pods: one pip per pod up to [#MAX_PIPS], a bar beyond, and the count in
/// figures so that the number never depends on reading colours. Binds only.
///
/// Threading: FX thread only.
final class PodsGauge extends HBox {
  static final int MAX_PIPS = 10;
  private final PlacementViewModel vm;
  private final HBox pips = new HBox(4);
  private final StackPane bar = new StackPane();
  private final Region fill = new Region();

  PodsGauge(PlacementViewModel vm, boolean compact) {
    super(8);
    this.vm = vm;
    getStyleClass().add("pods");
    setAlignment(Pos.CENTER_LEFT);
    pips.setAlignment(Pos.CENTER_LEFT);
    Region track = new Region();
    track.getStyleClass().add("bar-track");
    fill.getStyleClass().add("bar-fill");
    bar.getChildren().addAll(track, fill);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setMinHeight(compact ? 7 : 9);
    bar.setMaxHeight(compact ? 7 : 9);
    bar.setPrefWidth(10);
    HBox.setHgrow(bar, Priority.ALWAYS);
    fill.maxWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> bar.getWidth() * ratio(),
                bar.widthProperty(),
                vm.readyProperty(),
                vm.desiredProperty()));
    fill.setMinWidth(0);

    Label count = new Label();
    count.getStyleClass().add("pods-count");
    count
        .textProperty()
        .bind(Bindings.concat(vm.readyProperty().asString(), "/", vm.desiredProperty().asString()));
    count.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(compact ? bar : pips, count);
    if (!compact) {
      getChildren().add(1, bar);
      Runnable refresh = this::refresh;
      vm.readyProperty().addListener((o, a, b) -> refresh.run());
      vm.desiredProperty().addListener((o, a, b) -> refresh.run());
      refresh.run();
    }
  }

  private double ratio() {
    int desired = vm.desiredProperty().get();
    return desired <= 0 ? 0 : Math.min(1.0, (double) vm.readyProperty().get() / desired);
  }

  /// Rebuilds the pips only when counts change, which is rare compared to frames.
  private void refresh() {
    int desired = vm.desiredProperty().get();
    int ready = vm.readyProperty().get();
    boolean usePips = desired <= MAX_PIPS;
    pips.setVisible(usePips);
    pips.setManaged(usePips);
    bar.setVisible(!usePips);
    bar.setManaged(!usePips);
    if (!usePips) {
      pips.getChildren().clear();
      return;
    }
    pips.setSpacing(desired > 6 ? 3 : 4);
    double radius = desired > 6 ? 4 : 5;
    pips.getChildren().forEach(n -> ((Circle) n).setRadius(radius));
    while (pips.getChildren().size() > desired) {
      pips.getChildren().removeLast();
    }
    while (pips.getChildren().size() < desired) {
      // Ten pips and "10/10" must fit in a node: many pods get smaller pips, closer together.
      Circle pip = new Circle(desired > 6 ? 4 : 5);
      pip.getStyleClass().add("pip");
      pips.getChildren().add(pip);
    }
    for (int i = 0; i < desired; i++) {
      States.set(pips.getChildren().get(i), "off", i >= ready);
    }
  }
}
