package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.theme.States;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;

/// The gateway → zone edge: as thick as the zone's share of traffic, labelled with the percent;
/// dashed when the zone gets none. Binds only.
///
/// Threading: FX thread only.
final class GatewayEdge extends Group {
  GatewayEdge(ZoneLaneViewModel lane, Point from, Point to) {
    setId("gw-edge-" + lane.zone());
    double pull = (to.x() - from.x()) * 0.55;
    Path path = EdgeShapes.sCurve(from, new Point(to.x() + 9, to.y()), pull);
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
    // Nearer the gateway: a long "→ zone down" label stays clear of the lane's header; never
    // left of the gateway card's edge, where the card would hide it (the middle lane's edge is
    // short and straight).
    Point at = EdgeShapes.sCurveAt(from, to, pull, 0.55);
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
