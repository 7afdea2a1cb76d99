package dev.weft.ui.map;

import dev.weft.fabric.App;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.map.MapGeometry.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
/// repeated in every zone's lane, so that lanes line up and health never moves a node.
///
/// Threading: thread-safe and blocking (tens of milliseconds for fifty apps); call it off the FX
/// thread for big fabrics or cache the result per shape, as [MapViewModel] does.
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

  public MapLayout layout(MapShape shape) {
    boolean compact = shape.compact();
    double nodeW = compact ? COMPACT_W : NODE_W;
    double nodeH = compact ? COMPACT_H : NODE_H;
    AppGraph graph = layoutApps(shape.apps(), nodeW, nodeH, compact);
    double laneHeight = Math.max(graph.height + 2 * LANE_PAD, compact ? 150 : 170);
    double laneWidth = HEADER_W + graph.width + 2 * LANE_PAD;
    List<Lane> lanes = new ArrayList<>();
    Map<String, Box> placements = new HashMap<>();
    List<Route> routes = new ArrayList<>();
    double y = 24;
    for (String zone : shape.zones()) {
      Box bounds = new Box(LANE_X, y, laneWidth, laneHeight);
      lanes.add(new Lane(zone, bounds, new Box(LANE_X, y, HEADER_W, laneHeight)));
      double ox = LANE_X + HEADER_W + LANE_PAD;
      double oy = y + (laneHeight - graph.height) / 2;
      graph.boxes.forEach((app, box) -> placements.put(app + "@" + zone, box.translate(ox, oy)));
      for (Route r : graph.routes) {
        List<Point> points =
            r.points().stream().map(p -> new Point(p.x() + ox, p.y() + oy)).toList();
        routes.add(new Route(r.from() + "@" + zone, r.to() + "@" + zone, points));
      }
      y += laneHeight + LANE_GAP;
    }
    double lanesBottom = y - LANE_GAP;
    double gatewayH = 118 + regionsHeight(shape);
    double gatewayY = Math.max(24, 24 + (lanesBottom - 24 - gatewayH) / 2);
    Box gateway = new Box(GATEWAY_X, gatewayY, GATEWAY_W, gatewayH);
    return new MapLayout(
        shape, LANE_X + laneWidth + 24, lanesBottom + 24, gateway, lanes, placements, routes);
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
    return new AppGraph(root.getWidth(), root.getHeight(), boxes, routes);
  }
}
