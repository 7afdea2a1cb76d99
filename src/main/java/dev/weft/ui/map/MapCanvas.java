package dev.weft.ui.map;

import dev.weft.ui.Messages;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.theme.States;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/// The whole map at 1:1 scale, placed by the [MapLayout]: lanes, then the [MapPaintLayer]
/// (dependency edges and placement cards, painted), gateway edges, the placements' hit nodes
/// and health flashes, the gateway and reroute edges. Rebuilt only when the layout changes;
/// everything else is bindings and dirty rectangles. Zoom and pan are the job of [MapView],
/// which tells the paint layer what is in view; the PNG renderer uses this canvas directly.
///
/// Threading: FX thread only.
public final class MapCanvas extends Pane {
  private final MapViewModel vm;
  private final Group lanes = new Group();
  private final MapInks inks;
  private final LaneLayer bands;
  private final CardLayer cards;
  private final Group edges = new Group();
  /// The edges' weight labels, drawn as themselves over the edges' bitmap: from it they showed
  /// a little soft (resampled).
  private final Group weights = new Group();
  private final Group hits = new Group();
  private final Group halos = new Group();
  private final Group nodes = new Group();
  private final Group reroutes = new Group();
  private final Map<String, PlacementNode> byId = new HashMap<>();
  private final Map<RerouteEdge, Group> shownReroutes = new HashMap<>();
  private final boolean windowed;
  private final HealthFlashes flashes;

  /// The edges' bitmap is of the whole map at the zoom, made again at every zoom step: at
  /// 20 x 100 that made a zoom take 40 ms to show instead of 29. While the zoom changes the
  /// edges are drawn as shapes; the bitmap comes back once it has rested this long.
  private static final javafx.util.Duration EDGE_CACHE_AFTER_ZOOM =
      javafx.util.Duration.millis(600);

  private final javafx.animation.PauseTransition edgeCacheBack =
      new javafx.animation.PauseTransition(EDGE_CACHE_AFTER_ZOOM);
  private double zoom = Double.NaN;

  /// The whole map painted at 1:1, as exported.
  public MapCanvas(MapViewModel vm) {
    this(vm, false);
  }

  /// @param windowed only what a [MapView]'s viewport shows is painted (see [#viewport])
  MapCanvas(MapViewModel vm, boolean windowed) {
    this.vm = vm;
    this.windowed = windowed;
    this.inks = new MapInks(this::repaint);
    this.bands = new LaneLayer(inks, windowed);
    this.cards = new CardLayer(inks, windowed);
    setId("map-canvas");
    getStyleClass().add("map-canvas");
    lanes.getStyleClass().add("lanes");
    halos.setMouseTransparent(true);
    flashes = new HealthFlashes(halos);
    // The bands under the lanes' headers, both first (others' overlays go right after them).
    Group below = new Group(bands.layer(), lanes);
    getChildren().addAll(below, cards.layer(), edges, weights, hits, halos, nodes, reroutes);
    getChildren().addAll(inks.nodes());
    // Edges change only with the layout or a zone's state: drawn from a bitmap in between.
    edges.setCache(true);
    edgeCacheBack.setOnFinished(e -> edges.setCache(true));
    vm.layoutProperty().addListener((obs, old, now) -> rebuild());
    vm.reroutes().addListener((ListChangeListener<RerouteEdge>) c -> drawReroutes());
    rebuild();
  }

  /// The node drawing `app@zone`, if the map has one.
  public Optional<javafx.scene.layout.Region> nodeFor(String placementId) {
    return Optional.ofNullable(byId.get(placementId));
  }

  /// What the window shows: map point (x, y) at pixel (panX + x·zoom, panY + y·zoom).
  void viewport(double zoom, double panX, double panY, double width, double height) {
    if (zoom != this.zoom) {
      if (!Double.isNaN(this.zoom)) {
        edges.setCache(false);
        edgeCacheBack.playFromStart();
      }
      this.zoom = zoom;
      // Far out, as the cards do, the lanes' headers keep only what reads (see `.far` in the
      // theme): each zoom step draws the twenty headers of a 20 x 100 map again at the new
      // scale, and their 3-5 px lines cost most of it.
      States.set(lanes, "far", windowed && zoom < CardLayer.FAR);
    }
    bands.layer().viewport(zoom, panX, panY, width, height);
    cards.layer().viewport(zoom, panX, panY, width, height);
  }

  /// The health-change rings (tests count them).
  HealthFlashes flashes() {
    return flashes;
  }

  /// The painted cards (tests count what is repainted).
  CardLayer cards() {
    return cards;
  }

  /// A theme's colours or fonts changed: everything is painted again.
  private void repaint() {
    bands.layer().markAll();
    cards.layer().markAll();
  }

  private void rebuild() {
    lanes.getChildren().clear();
    edges.getChildren().clear();
    weights.getChildren().clear();
    hits.getChildren().clear();
    halos.getChildren().clear();
    flashes.clear();
    nodes.getChildren().clear();
    reroutes.getChildren().clear();
    shownReroutes.clear();
    byId.clear();
    MapLayout layout = vm.layoutProperty().get();
    if (layout == null) {
      return;
    }
    setPrefSize(layout.width(), layout.height());
    setMinSize(layout.width(), layout.height());
    setMaxSize(layout.width(), layout.height());
    Box gw = layout.gateway();
    List<LaneNode> laneNodes = new java.util.ArrayList<>();
    for (ZoneLaneViewModel laneVm : vm.lanes()) {
      LaneNode laneNode = new LaneNode(laneVm, layout.lane(laneVm.zone()).orElseThrow());
      lanes.getChildren().add(laneNode);
      laneNodes.add(laneNode);
      GatewayEdge edge = new GatewayEdge(laneVm, layout.gatewayRoute(laneVm.zone()).orElseThrow());
      edges.getChildren().add(edge);
      weights.getChildren().add(edge.weight());
    }
    for (PlacementViewModel p : vm.placements()) {
      Box box = layout.placement(p.id()).orElseThrow();
      PlacementNode node = new PlacementNode(p, layout.compact(), box.width(), box.height());
      // Placed once and sized by the layout: unmanaged, so nothing inside lays out the canvas.
      node.setManaged(false);
      node.resizeRelocate(box.x(), box.y(), box.width(), box.height());
      hits.getChildren().add(node);
      byId.put(p.id(), node);
      // Drag and drop marks targets on this node; the card painted under it shows them.
      node.getPseudoClassStates()
          .addListener((SetChangeListener<PseudoClass>) c -> cards.markDirty(p.id()));
      flashes.watch(p, box);
    }
    bands.show(layout, laneNodes);
    cards.show(layout, vm.placements(), vm.dependencies(), this::dragStates);
    GatewayNode gateway = new GatewayNode(vm.gateway(), gw);
    // In the window the map is repainted every busy frame: the card's shadow is blurred once
    // into a bitmap (an export draws once and keeps its text sharp without).
    gateway.setCache(windowed);
    nodes.getChildren().add(gateway);
    drawReroutes();
  }

  private Set<PseudoClass> dragStates(String placementId) {
    PlacementNode node = byId.get(placementId);
    return node == null ? Set.of() : PaintedBorder.dragStatesOf(node.getPseudoClassStates());
  }

  /// Brings the reroute edges in line with the view model's list, touching only the edges that
  /// came, went or changed: under a storm the list is set often and mostly unchanged.
  private void drawReroutes() {
    MapLayout layout = vm.layoutProperty().get();
    if (layout == null) {
      reroutes.getChildren().clear();
      shownReroutes.clear();
      return;
    }
    Map<RerouteEdge, Group> next = new java.util.LinkedHashMap<>();
    for (RerouteEdge r : vm.reroutes()) {
      Group shown = shownReroutes.remove(r);
      if (shown == null) {
        shown = reroute(layout, r);
      }
      if (shown != null) {
        next.put(r, shown);
      }
    }
    reroutes.getChildren().removeAll(shownReroutes.values());
    shownReroutes.clear();
    shownReroutes.putAll(next);
    for (Group g : next.values()) {
      if (g.getParent() == null) {
        reroutes.getChildren().add(g);
      }
    }
  }

  private static Group reroute(MapLayout layout, RerouteEdge r) {
    Optional<RerouteRoute> route = RerouteRoute.of(layout, r.from(), r.to());
    if (route.isEmpty()) {
      return null;
    }
    Path path = EdgeShapes.reroutePath(route.get());
    path.getStyleClass().add("reroute-edge");
    path.setId("reroute-" + PlacementNode.nodeId(r.from()) + "-" + PlacementNode.nodeId(r.to()));
    Polygon arrow = EdgeShapes.arrow(route.get().at(0.97), route.get().p3(), 11);
    arrow.getStyleClass().add("reroute-arrow");
    Label label = new Label(Messages.get(r.broken() ? "map.reroutedDown" : "map.rerouted"));
    label.getStyleClass().add("reroute-label");
    // Under the map's zoom, software rendering draws text as glyph outlines every frame.
    label.setCache(true);
    for (var n : new javafx.scene.Node[] {path, arrow, label}) {
      States.set(n, "broken", r.broken());
    }
    Point mid = route.get().at(0.5);
    label.layoutXProperty().bind(label.widthProperty().divide(-2).add(mid.x()));
    label.layoutYProperty().bind(label.heightProperty().divide(-2).add(mid.y()));
    return new Group(path, arrow, label);
  }
}
