package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.map.MapInks.Ink;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;

/// Paints the dependency edges as their shapes looked: orthogonal routes with rounded corners
/// and an arrowhead, each state with its own line style (broken: dashed in the warning colour;
/// bypassed: faint dots; stale: faded), not only its own colour.
///
/// Threading: FX thread only.
final class EdgePainter {
  private static final double CORNER = 8;
  private static final double ARROW = 9;
  private final MapInks inks;

  EdgePainter(MapInks inks) {
    this.inks = inks;
  }

  /// What an edge's paint covers, piece by piece: a thin box around each straight run (its
  /// rounded corners included) and one around the arrowhead. A long edge's bounding box would
  /// cross many cards; these cross only the two it joins.
  static List<Box> pieces(DependencyEdgeViewModel edge) {
    List<Point> points = edge.route().points();
    List<Box> out = new ArrayList<>();
    double pad = CORNER + 2;
    for (int i = 1; i < points.size(); i++) {
      Point a = points.get(i - 1);
      Point b = points.get(i);
      double minX = Math.min(a.x(), b.x()) - pad;
      double minY = Math.min(a.y(), b.y()) - pad;
      out.add(
          new Box(
              minX, minY, Math.abs(a.x() - b.x()) + 2 * pad, Math.abs(a.y() - b.y()) + 2 * pad));
    }
    Point tip = points.getLast();
    out.add(new Box(tip.x() - ARROW - 2, tip.y() - ARROW, ARROW + 4, 2 * ARROW));
    return out;
  }

  void paint(GraphicsContext gc, DependencyEdgeViewModel edge) {
    EdgeState state = edge.stateProperty().get();
    Ink ink = state == EdgeState.BROKEN ? Ink.BAD : Ink.EDGE;
    double alpha =
        switch (state) {
          case BYPASSED -> 0.3;
          case STALE -> 0.45;
          default -> 1;
        };
    gc.setGlobalAlpha(alpha);
    gc.setStroke(inks.color(ink));
    gc.setLineWidth(1.8);
    gc.setLineCap(StrokeLineCap.SQUARE);
    gc.setLineDashes(
        switch (state) {
          case BROKEN -> new double[] {6, 4};
          case BYPASSED -> new double[] {2, 5};
          default -> null;
        });
    List<Point> points = edge.route().points();
    gc.beginPath();
    Point first = points.getFirst();
    gc.moveTo(first.x(), first.y());
    for (int i = 1; i < points.size() - 1; i++) {
      Point prev = points.get(i - 1);
      Point at = points.get(i);
      Point next = points.get(i + 1);
      double r = Math.min(CORNER, Math.min(dist(prev, at), dist(at, next)) / 2);
      Point in = toward(at, prev, r);
      Point out = toward(at, next, r);
      gc.lineTo(in.x(), in.y());
      gc.quadraticCurveTo(at.x(), at.y(), out.x(), out.y());
    }
    Point tip = points.getLast();
    Point from = points.get(points.size() - 2);
    Point end = toward(tip, from, ARROW - 1);
    gc.lineTo(end.x(), end.y());
    gc.stroke();
    gc.setLineDashes((double[]) null);
    gc.setFill(inks.color(ink));
    double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
    double s = ARROW;
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    gc.fillPolygon(
        new double[] {
          tip.x(), tip.x() - s * cos + s * 0.55 * sin, tip.x() - s * cos - s * 0.55 * sin
        },
        new double[] {
          tip.y(), tip.y() - s * sin - s * 0.55 * cos, tip.y() - s * sin + s * 0.55 * cos
        },
        3);
    gc.setGlobalAlpha(1);
  }

  private static double dist(Point a, Point b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }

  private static Point toward(Point from, Point to, double d) {
    double len = dist(from, to);
    if (len == 0) {
      return from;
    }
    return new Point(
        from.x() + (to.x() - from.x()) * d / len, from.y() + (to.y() - from.y()) * d / len);
  }
}
