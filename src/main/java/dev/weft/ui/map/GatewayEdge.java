package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.theme.States;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;

/// The gateway → zone edge along its [GatewayRoute]: as thick as the zone's share of traffic,
/// labelled with the percent; dashed when the zone gets none. Binds only.
///
/// Threading: FX thread only.
final class GatewayEdge extends Group {
  GatewayEdge(ZoneLaneViewModel lane, GatewayRoute route) {
    setId("gw-edge-" + lane.zone());
    Path path = EdgeShapes.gatewayPath(route);
    path.getStyleClass().add("gw-edge");
    path.strokeWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> 2.0 + lane.weightProperty().get() * 0.16, lane.weightProperty()));
    Label weight = new Label();
    weight.getStyleClass().add("weight");
    weight.setId("gw-weight-" + lane.zone());
    weight.textProperty().bind(lane.weightTextProperty());
    weight.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    // Centred where the route says (on the S-curve, nearer the gateway, or in the gutter beside
    // a lane further right); never left of the gateway card's edge, where the card would hide
    // it (the middle lane's edge is short and straight).
    Point from = route.from();
    Point at = route.label();
    weight
        .layoutXProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> Math.max(from.x() + 8, at.x() - weight.getWidth() / 2),
                weight.widthProperty()));
    weight.layoutYProperty().bind(weight.heightProperty().divide(-2).add(at.y()));
    var drained =
        Bindings.createBooleanBinding(
            () -> lane.weightProperty().get() == 0, lane.weightProperty());
    for (var node : new javafx.scene.Node[] {path, weight}) {
      States.bind(node, "drained", drained);
      States.bind(node, "stale", lane.staleProperty());
      States.bind(node, "unreachable", lane.unreachableProperty());
      States.bind(node, "unserved", lane.unservedProperty());
    }
    getChildren().addAll(path, weight);
  }
}
