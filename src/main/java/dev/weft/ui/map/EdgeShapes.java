package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Point;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

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
}
