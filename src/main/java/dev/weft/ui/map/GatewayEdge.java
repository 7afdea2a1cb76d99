package dev.weft.ui.map;

import dev.weft.ui.theme.States;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;

/// The gateway → zone edge along its [GatewayRoute]: as thick as the zone's share of traffic,
/// labelled with the percent; dashed when the zone gets none. The label is the canvas's to
/// place (see [#weight]). Binds only.
///
/// Threading: FX thread only.
final class GatewayEdge extends Group {
  private final Label weight = new Label();

  GatewayEdge(ZoneLaneViewModel lane, GatewayRoute route) {
    setId("gw-edge-" + lane.zone());
    Path path = EdgeShapes.gatewayPath(route);
    path.getStyleClass().add("gw-edge");
    path.strokeWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> 2.0 + Math.max(0, lane.weightProperty().get()) * 0.16,
                lane.weightProperty()));
    weight.getStyleClass().add("weight");
    weight.setId("gw-weight-" + lane.zone());
    weight.textProperty().bind(lane.weightTextProperty());
    weight.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    // Where the route says, as wide and tall as its text makes it; in a grid's gutter a long
    // reason wraps rather than reach over a lane.
    GatewayRoute.LabelSpot spot = route.label();
    if (Double.isFinite(spot.maxWidth())) {
      weight.setMaxWidth(spot.maxWidth());
      weight.setWrapText(true);
      weight.setMinHeight(Label.USE_PREF_SIZE);
    }
    weight
        .layoutXProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> spot.box(weight.getWidth(), weight.getHeight()).x(),
                weight.widthProperty(),
                weight.heightProperty()));
    weight
        .layoutYProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> spot.box(weight.getWidth(), weight.getHeight()).y(),
                weight.widthProperty(),
                weight.heightProperty()));
    var drained =
        Bindings.createBooleanBinding(
            () -> lane.weightProperty().get() == 0, lane.weightProperty());
    for (var node : new javafx.scene.Node[] {path, weight}) {
      States.bind(node, "drained", drained);
      States.bind(node, "stale", lane.staleProperty());
      States.bind(node, "unreachable", lane.unreachableProperty());
      States.bind(node, "unserved", lane.unservedProperty());
    }
    getChildren().add(path);
  }

  /// The percent label, in the same coordinates as the edge, for a layer above the edges:
  /// the edges are shown from a bitmap, in which text comes out soft.
  Label weight() {
    return weight;
  }
}
