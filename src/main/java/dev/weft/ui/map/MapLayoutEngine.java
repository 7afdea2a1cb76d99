package dev.weft.ui.map;

import dev.weft.fabric.App;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.map.MapGeometry.Route;
import dev.weft.ui.map.MapGeometry.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/// Lays a [MapShape] out with ELK Layered: the app dependency graph is laid out once, left to
/// right by dependency depth with as few crossings as ELK finds, and the same arrangement is
/// repeated in every zone's lane, so that lanes line up and health never moves a node. The lanes
/// stack in one column, or fill a grid of several ([LaneGrid]) when the view has the room.
///
/// Threading: thread-safe and blocking (tens of milliseconds for fifty apps); call it off the FX
/// thread for big fabrics or cache the result per shape, as [MapViewModel] does. The last
/// shape's app graph is kept, so that laying the same shape out in another number of columns
/// only places the lanes again.
public final class MapLayoutEngine {
  static {
    // Outside Eclipse nobody registers the algorithms for us.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /// Fixed sizes, so that positions depend on the shape only.
  public static final double NODE_W = 212;

  public static final double NODE_H = 96;
  public static final double COMPACT_W = 168;
  public static final double COMPACT_H = 48;
  static final double GATEWAY_X = 24;
  static final double GATEWAY_W = 200;
  static final double LANE_X = GATEWAY_X + GATEWAY_W + 120;
  static final double HEADER_W = 210;
  static final double LANE_PAD = 20;
  static final double LANE_GAP = 16;

  private record Cached(MapShape shape, AppGraph graph) {}

  private volatile Cached last;
  private final AtomicLong graphsLaidOut = new AtomicLong();

  /// The lanes stacked in one column.
  public MapLayout layout(MapShape shape) {
    return layout(shape, 1);
  }

  /// The lanes in `columns` columns (fewer when there are fewer zones), row by row in fabric
  /// order.
  public MapLayout layout(MapShape shape, int columns) {
    AppGraph graph = graph(shape);
    LaneGrid grid = grid(shape, graph, columns);
    List<Lane> lanes = new ArrayList<>();
    Map<String, Box> placements = new HashMap<>();
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < shape.zones().size(); i++) {
      String zone = shape.zones().get(i);
      Box bounds = grid.lane(i);
      lanes.add(new Lane(zone, bounds, new Box(bounds.x(), bounds.y(), HEADER_W, bounds.height())));
      double ox = bounds.x() + HEADER_W + LANE_PAD;
      double oy = bounds.y() + (bounds.height() - graph.height) / 2;
      graph.boxes.forEach((app, box) -> placements.put(app + "@" + zone, box.translate(ox, oy)));
      for (Route r : graph.routes) {
        List<Point> points =
            r.points().stream().map(p -> new Point(p.x() + ox, p.y() + oy)).toList();
        routes.add(new Route(r.from() + "@" + zone, r.to() + "@" + zone, points));
      }
    }
    Box gateway = gateway(shape, grid);
    return new MapLayout(
        shape,
        grid.columns(),
        grid.width(),
        height(grid, gateway),
        gateway,
        lanes,
        gatewayRoutes(shape, grid, gateway),
        placements,
        routes);
  }

  /// How large the map of `shape` is in `columns` columns, without placing anything: what the
  /// view model weighs the column counts by.
  public Size size(MapShape shape, int columns) {
    LaneGrid grid = grid(shape, graph(shape), columns);
    return new Size(grid.width(), height(grid, gateway(shape, grid)));
  }

  /// How many times an app graph was laid out by ELK (tests check the cache).
  long graphsLaidOut() {
    return graphsLaidOut.get();
  }

  private AppGraph graph(MapShape shape) {
    Cached cached = last;
    if (cached != null && cached.shape().equals(shape)) {
      return cached.graph();
    }
    boolean compact = shape.compact();
    AppGraph graph =
        layoutApps(
            shape.apps(), compact ? COMPACT_W : NODE_W, compact ? COMPACT_H : NODE_H, compact);
    graphsLaidOut.incrementAndGet();
    last = new Cached(shape, graph);
    return graph;
  }

  private static LaneGrid grid(MapShape shape, AppGraph graph, int columns) {
    double laneHeight = Math.max(graph.height + 2 * LANE_PAD, shape.compact() ? 150 : 170);
    double laneWidth = HEADER_W + graph.width + 2 * LANE_PAD;
    return new LaneGrid(shape.zones().size(), columns, laneWidth, laneHeight);
  }

  /// The gateway card, at the left, level with the middle of the lanes.
  private static Box gateway(MapShape shape, LaneGrid grid) {
    double top = LaneGrid.TOP;
    double gatewayH = 118 + regionsHeight(shape);
    double gatewayY = Math.max(top, top + (grid.lanesBottom() - top - gatewayH) / 2);
    return new Box(GATEWAY_X, gatewayY, GATEWAY_W, gatewayH);
  }

  /// Down to the lanes' gutters, or to the gateway card when it is the taller (a few lanes
  /// side by side, many regions).
  private static double height(LaneGrid grid, Box gateway) {
    return Math.max(grid.bottom(), gateway.maxY() + LaneGrid.MARGIN);
  }

  /// One edge per lane, leaving the gateway card's right side spread over its height in the
  /// order they reach the first column, so that no two cross.
  private static List<GatewayRoute> gatewayRoutes(MapShape shape, LaneGrid grid, Box gw) {
    int n = shape.zones().size();
    List<Integer> byJoin = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byJoin.add(i);
    }
    byJoin.sort(Comparator.comparingDouble(grid::joinY));
    double spread = gw.height() - 60;
    GatewayRoute[] routes = new GatewayRoute[n];
    for (int slot = 0; slot < n; slot++) {
      int lane = byJoin.get(slot);
      double fy = gw.y() + 30 + (n == 1 ? spread / 2 : spread * slot / (n - 1));
      routes[lane] = grid.route(shape.zones().get(lane), lane, new Point(gw.maxX() - 4, fy));
    }
    return List.of(routes);
  }

  /// Room for the gateway card's region routes ("east → sh-1 › hz-1 › …"), which wrap onto more
  /// lines as a region lists more zones: an estimate from the text's length at the
  /// card's 12 px, generous so the card is never shorter than its text (it also grows itself).
  static double regionsHeight(MapShape shape) {
    double perLine = (GATEWAY_W - 32) / 6.6;
    double total = 0;
    for (String route : shape.regions()) {
      int lines = (int) Math.ceil(route.length() / perLine);
      total += 6 + 16.0 * Math.max(1, lines);
    }
    return total;
  }

  private record AppGraph(
      double width, double height, Map<String, Box> boxes, List<Route> routes) {}

  private static AppGraph layoutApps(List<App> apps, double nodeW, double nodeH, boolean compact) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.PADDING, new ElkPadding(0));
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, compact ? 12.0 : 22.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, compact ? 44.0 : 64.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 6.0);
    // Keep the fabric file's order where it costs no crossing: predictable for the reader.
    root.setProperty(
        LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    for (App app : apps) {
      ElkNode node = ElkGraphUtil.createNode(root);
      node.setIdentifier(app.name());
      node.setDimensions(nodeW, nodeH);
      nodes.put(app.name(), node);
    }
    Map<ElkEdge, String[]> edges = new LinkedHashMap<>();
    for (App app : apps) {
      for (String dep : app.dependsOn()) {
        ElkNode target = nodes.get(dep);
        if (target != null) {
          edges.put(
              ElkGraphUtil.createSimpleEdge(nodes.get(app.name()), target),
              new String[] {app.name(), dep});
        }
      }
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    Map<String, Box> boxes = new LinkedHashMap<>();
    nodes.forEach(
        (name, n) -> boxes.put(name, new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
    List<Route> routes = new ArrayList<>();
    edges.forEach(
        (edge, ends) -> {
          List<Point> points = new ArrayList<>();
          for (ElkEdgeSection s : edge.getSections()) {
            points.add(new Point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint bend : s.getBendPoints()) {
              points.add(new Point(bend.getX(), bend.getY()));
            }
            points.add(new Point(s.getEndX(), s.getEndY()));
          }
          if (points.size() >= 2) {
            routes.add(new Route(ends[0], ends[1], points));
          }
        });
    return new AppGraph(
        root.getWidth(), root.getHeight(), Collections.unmodifiableMap(boxes), List.copyOf(routes));
  }
}
