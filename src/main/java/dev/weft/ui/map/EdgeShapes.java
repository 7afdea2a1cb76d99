package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Point;
import java.util.List;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurveTo;

/// Geometry of the map's edges: orthogonal routes with rounded corners, S-curves, arrowheads.
/// Pure shape building; style classes are set by the caller.
///
/// Threading: FX thread only (creates scene-graph nodes).
final class EdgeShapes {
  private static final double CORNER = 8;
  private static final double ARROW = 9;

  private EdgeShapes() {}

  /// A polyline through `points` whose corners are rounded, ending short of the arrowhead.
  static Path rounded(List<Point> points) {
    Path path = new Path();
    Point first = points.getFirst();
    path.getElements().add(new MoveTo(first.x(), first.y()));
    for (int i = 1; i < points.size() - 1; i++) {
      Point prev = points.get(i - 1);
      Point at = points.get(i);
      Point next = points.get(i + 1);
      double r = Math.min(CORNER, Math.min(dist(prev, at), dist(at, next)) / 2);
      Point in = toward(at, prev, r);
      Point out = toward(at, next, r);
      path.getElements().add(new LineTo(in.x(), in.y()));
      path.getElements().add(new QuadCurveTo(at.x(), at.y(), out.x(), out.y()));
    }
    Point end = toward(points.getLast(), points.get(points.size() - 2), ARROW - 1);
    path.getElements().add(new LineTo(end.x(), end.y()));
    return path;
  }

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
    double u = 1 - t;
    double x =
        u * u * u * a.x()
            + 3 * u * u * t * (a.x() + pull)
            + 3 * u * t * t * (b.x() - pull)
            + t * t * t * b.x();
    double y =
        u * u * u * a.y() + 3 * u * u * t * a.y() + 3 * u * t * t * b.y() + t * t * t * b.y();
    return new Point(x, y);
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

  private static double dist(Point a, Point b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }

  /// The point `d` away from `from` toward `to`.
  private static Point toward(Point from, Point to, double d) {
    double len = dist(from, to);
    if (len == 0) {
      return from;
    }
    return new Point(
        from.x() + (to.x() - from.x()) * d / len, from.y() + (to.y() - from.y()) * d / len);
  }
}
