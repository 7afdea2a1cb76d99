package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Point;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurveTo;

/// Geometry of the map's node-drawn edges: S-curves and arrowheads (the dependency edges are
/// painted by [EdgePainter]).
/// Pure shape building; style classes are set by the caller.
///
/// Threading: FX thread only (creates scene-graph nodes).
final class EdgeShapes {
  private static final double ARROW = 9;

  private EdgeShapes() {}

  /// A horizontal S-curve from `a` to `b`, leaving and entering horizontally.
  static Path sCurve(Point a, Point b, double pull) {
    Path path = new Path();
    path.getElements().add(new MoveTo(a.x(), a.y()));
    path.getElements()
        .add(new CubicCurveTo(a.x() + pull, a.y(), b.x() - pull, b.y(), b.x() - ARROW + 1, b.y()));
    return path;
  }

  /// The point at `t` (0–1) along the S-curve [#sCurve] draws.
  static Point sCurveAt(Point a, Point b, double pull, double t) {
    return GatewayRoute.sCurveAt(a, b, pull, t);
  }

  /// A gateway edge along its route: the S-curve to the first column, then straight runs
  /// through the gutters with rounded corners (as [GatewayRoute#sample] follows it).
  static Path gatewayPath(GatewayRoute route) {
    Point a = route.from();
    Point join = route.join();
    double pull = route.pull();
    Path path = new Path();
    path.getElements().add(new MoveTo(a.x(), a.y()));
    path.getElements()
        .add(new CubicCurveTo(a.x() + pull, a.y(), join.x() - pull, join.y(), join.x(), join.y()));
    List<Point> corners = new ArrayList<>(route.bends());
    corners.add(route.to());
    Point at = join;
    for (int i = 0; i < route.bends().size(); i++) {
      Point bend = corners.get(i);
      Point in = GatewayRoute.toward(bend, at, GatewayRoute.CORNER);
      Point out = GatewayRoute.toward(bend, corners.get(i + 1), GatewayRoute.CORNER);
      path.getElements().add(new LineTo(in.x(), in.y()));
      path.getElements().add(new QuadCurveTo(bend.x(), bend.y(), out.x(), out.y()));
      at = out;
    }
    // A pixel into the lane: no seam between the edge's end and the lane's border.
    path.getElements().add(new LineTo(route.to().x() + 1, route.to().y()));
    return path;
  }

  /// A reroute edge along its curve, ending an arrowhead's length short of the card it enters.
  static Path reroutePath(RerouteRoute r) {
    double dx = r.p3().x() - r.p2().x();
    double dy = r.p3().y() - r.p2().y();
    double length = Math.max(1e-9, Math.hypot(dx, dy));
    double back = ARROW - 1;
    Path path = new Path();
    path.getElements().add(new MoveTo(r.p0().x(), r.p0().y()));
    path.getElements()
        .add(
            new CubicCurveTo(
                r.p1().x(),
                r.p1().y(),
                r.p2().x(),
                r.p2().y(),
                r.p3().x() - dx / length * back,
                r.p3().y() - dy / length * back));
    return path;
  }

  /// An arrowhead with its tip at `tip`, pointing away from `from`.
  static Polygon arrow(Point from, Point tip, double size) {
    double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
    double s = size <= 0 ? ARROW : size;
    double lx = tip.x() - s * Math.cos(angle) + s * 0.55 * Math.sin(angle);
    double ly = tip.y() - s * Math.sin(angle) - s * 0.55 * Math.cos(angle);
    double rx = tip.x() - s * Math.cos(angle) - s * 0.55 * Math.sin(angle);
    double ry = tip.y() - s * Math.sin(angle) + s * 0.55 * Math.cos(angle);
    return new Polygon(tip.x(), tip.y(), lx, ly, rx, ry);
  }
}
