package dev.weft.ui.map;

import dev.weft.ui.Messages;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.theme.States;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/// The whole map at 1:1 scale: lanes, gateway, edges and placement nodes, placed by the
/// [MapLayout]. Rebuilt only when the layout changes; everything else is bindings.
/// Zoom and pan are the job of [MapView]; the PNG renderer uses this canvas directly.
///
/// Threading: FX thread only.
public final class MapCanvas extends Pane {
  private final MapViewModel vm;
  private final Group lanes = new Group();
  private final Group edges = new Group();
  private final Group nodes = new Group();
  private final Group reroutes = new Group();
  private final Map<String, PlacementNode> byId = new HashMap<>();

  public MapCanvas(MapViewModel vm) {
    this.vm = vm;
    setId("map-canvas");
    getStyleClass().add("map-canvas");
    getChildren().addAll(lanes, edges, nodes, reroutes);
    // Edges change only with the layout or a zone's state: drawn from a bitmap in between.
    edges.setCache(true);
    vm.layoutProperty().addListener((obs, old, now) -> rebuild());
    vm.reroutes().addListener((ListChangeListener<RerouteEdge>) c -> drawReroutes());
    rebuild();
  }

  /// The node drawing `app@zone`, if the map has one.
  public Optional<javafx.scene.layout.Region> nodeFor(String placementId) {
    return Optional.ofNullable(byId.get(placementId));
  }

  private void rebuild() {
    lanes.getChildren().clear();
    edges.getChildren().clear();
    nodes.getChildren().clear();
    reroutes.getChildren().clear();
    byId.clear();
    MapLayout layout = vm.layoutProperty().get();
    if (layout == null) {
      return;
    }
    setPrefSize(layout.width(), layout.height());
    setMinSize(layout.width(), layout.height());
    setMaxSize(layout.width(), layout.height());
    Box gw = layout.gateway();
    List<ZoneLaneViewModel> laneVms = vm.lanes();
    for (int i = 0; i < laneVms.size(); i++) {
      ZoneLaneViewModel laneVm = laneVms.get(i);
      Lane lane = layout.lane(laneVm.zone()).orElseThrow();
      lanes.getChildren().add(new LaneNode(laneVm, lane));
      double spread = gw.height() - 60;
      double fy =
          gw.y() + 30 + (laneVms.size() == 1 ? spread / 2 : spread * i / (laneVms.size() - 1));
      Point from = new Point(gw.maxX() - 4, fy);
      Point to = new Point(lane.bounds().x(), lane.bounds().centerY());
      edges.getChildren().add(new GatewayEdge(laneVm, from, to));
    }
    for (DependencyEdgeViewModel dep : vm.dependencies()) {
      List<Point> points = dep.route().points();
      Path path = EdgeShapes.rounded(points);
      path.getStyleClass().add("dep-edge");
      Polygon arrow = EdgeShapes.arrow(points.get(points.size() - 2), points.getLast(), 0);
      arrow.getStyleClass().add("dep-arrow");
      dev.weft.ui.theme.States.bindEnum(path, dep.stateProperty(), EdgeState.values());
      dev.weft.ui.theme.States.bindEnum(arrow, dep.stateProperty(), EdgeState.values());
      edges.getChildren().addAll(path, arrow);
    }
    for (PlacementViewModel p : vm.placements()) {
      Box box = layout.placement(p.id()).orElseThrow();
      PlacementNode node = new PlacementNode(p, layout.compact(), box.width(), box.height());
      // Placed once and sized by the layout: unmanaged, so a label changing inside one node
      // lays out that node alone, never the canvas and its hundreds of siblings.
      node.setManaged(false);
      node.resizeRelocate(box.x(), box.y(), box.width(), box.height());
      nodes.getChildren().add(node);
      byId.put(p.id(), node);
    }
    GatewayNode gateway = new GatewayNode(vm.gateway(), gw);
    nodes.getChildren().add(gateway);
    drawReroutes();
  }

  private void drawReroutes() {
    reroutes.getChildren().clear();
    MapLayout layout = vm.layoutProperty().get();
    if (layout == null) {
      return;
    }
    for (RerouteEdge r : vm.reroutes()) {
      Optional<Box> from = layout.placement(r.from());
      Optional<Box> to = layout.placement(r.to());
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      Point a = new Point(from.get().maxX(), from.get().centerY() + 10);
      Point b = new Point(to.get().x(), to.get().centerY() - 10);
      double pull = Math.max(90, Math.abs(b.x() - a.x()) * 0.6);
      Path path = EdgeShapes.sCurve(a, b, pull);
      path.getStyleClass().add("reroute-edge");
      path.setId("reroute-" + PlacementNode.nodeId(r.from()) + "-" + PlacementNode.nodeId(r.to()));
      Point before = EdgeShapes.sCurveAt(a, b, pull, 0.97);
      Polygon arrow = EdgeShapes.arrow(before, b, 11);
      arrow.getStyleClass().add("reroute-arrow");
      Label label = new Label(Messages.get(r.broken() ? "map.reroutedDown" : "map.rerouted"));
      label.getStyleClass().add("reroute-label");
      for (var n : new javafx.scene.Node[] {path, arrow, label}) {
        States.set(n, "broken", r.broken());
      }
      Point mid = EdgeShapes.sCurveAt(a, b, pull, 0.5);
      label.layoutXProperty().bind(label.widthProperty().divide(-2).add(mid.x()));
      label.layoutYProperty().bind(label.heightProperty().divide(-2).add(mid.y()));
      reroutes.getChildren().addAll(path, arrow, label);
    }
  }
}
