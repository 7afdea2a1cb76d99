package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Point;
import java.util.ArrayList;
import java.util.List;

/// The path of one gateway → zone edge, in map pixels: an S-curve from the gateway card's right
/// side (`from`) to `join`, on the first column's left edge. For a lane in the first column,
/// `join` is the middle of its left edge and the path ends there. For a lane further right, the
/// path goes on straight through the gutters between lanes, turning at `bends` (rounded by
/// [#CORNER] when drawn), into the middle of the lane's left edge, `to`: it never crosses a lane.
///
/// Immutable and thread-safe.
///
/// @param label where the edge's weight label ("33 %") goes: on the S-curve for the first
///     column, in the gutter beside the lane for the others
public record GatewayRoute(
    String zone, Point from, Point join, List<Point> bends, Point to, LabelSpot label) {
  /// The radius of the rounded corners at `bends`.
  public static final double CORNER = 14;

  /// How far along the S-curve a stacked lane's label sits: nearer the gateway, so that a long
  /// "→ zone down" stays clear of the lane's header.
  static final double LABEL_AT = 0.55;

  /// In a grid, the band before the first column carries the S-curves to the other columns'
  /// tracks too: a label sits near its lane's end of its curve, where that curve runs level and
  /// furthest from the others (about half a lane), and is kept short of the lane's header.
  static final double GRID_LABEL_AT = 0.8;

  /// Between a label and the lane beside it.
  static final double LABEL_GAP = 6;

  /// How far a stacked map's label may reach into its lane: over the border, short of the
  /// header's text.
  static final double BORDER_REACH = 12;

  /// Where a weight label goes: centred on `at`, but kept between `left` and `right`.
  ///
  /// @param right the lane's edge, less a gap; infinite where nothing is to the right
  public record LabelSpot(Point at, double left, double right) {
    /// The label `width` × `height`: moved left as far as it must to end at `right`, but never
    /// left of `left` (the gateway card's edge, which would hide it, or the lane before).
    public Box box(double width, double height) {
      double x = Math.max(left, Math.min(at.x() - width / 2, right - width));
      return new Box(x, at.y() - height / 2, width, height);
    }

    /// The widest a label fits between its limits (a longer text wraps).
    public double maxWidth() {
      return right - left;
    }
  }

  public GatewayRoute {
    bends = List.copyOf(bends);
  }

  /// An edge to a lane of the stacked map's one column: the S-curve alone, labelled on it. The
  /// label may reach over the lane's border, short of its header's text (20 px in): "33 % →
  /// zone unreachable" once reached over the header and hid the zone's name; now a long reason
  /// wraps.
  static GatewayRoute direct(String zone, Point from, Point to) {
    Point at = sCurveAt(from, to, pull(from, to), LABEL_AT);
    return new GatewayRoute(
        zone, from, to, List.of(), to, new LabelSpot(at, from.x() + 8, to.x() + BORDER_REACH));
  }

  /// An edge to a lane of a grid's first column: the S-curve alone, labelled beside the lane.
  static GatewayRoute directInGrid(String zone, Point from, Point to) {
    Point at = sCurveAt(from, to, pull(from, to), GRID_LABEL_AT);
    return new GatewayRoute(
        zone, from, to, List.of(), to, new LabelSpot(at, from.x() + 8, to.x() - LABEL_GAP));
  }

  /// How far the S-curve's control points pull out horizontally.
  public double pull() {
    return pull(from, join);
  }

  private static double pull(Point from, Point join) {
    return (join.x() - from.x()) * 0.55;
  }

  /// The point at `t` (0–1) along a horizontal S-curve from `a` to `b`, leaving and entering
  /// horizontally, its control points `pull` from either end.
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

  /// Points along the whole path as [EdgeShapes#gatewayPath] draws it, no two consecutive ones
  /// more than about `step` apart, the corners rounded: what a test holds against the lanes.
  public List<Point> sample(double step) {
    List<Point> out = new ArrayList<>();
    int n = (int) Math.ceil(Math.hypot(join.x() - from.x(), join.y() - from.y()) / step) * 2 + 2;
    for (int i = 0; i <= n; i++) {
      out.add(sCurveAt(from, join, pull(), (double) i / n));
    }
    List<Point> corners = new ArrayList<>(bends);
    corners.add(to);
    Point at = join;
    for (int i = 0; i < bends.size(); i++) {
      Point bend = bends.get(i);
      Point enter = toward(bend, at, CORNER);
      Point leave = toward(bend, corners.get(i + 1), CORNER);
      line(out, at, enter, step);
      // The rounded corner: a quadratic curve with the bend as its control point.
      for (int k = 1; k <= 8; k++) {
        double t = k / 8.0;
        double u = 1 - t;
        out.add(
            new Point(
                u * u * enter.x() + 2 * u * t * bend.x() + t * t * leave.x(),
                u * u * enter.y() + 2 * u * t * bend.y() + t * t * leave.y()));
      }
      at = leave;
    }
    // Drawn a pixel into the lane, so that no seam shows between the edge and the lane's border.
    line(out, at, new Point(to.x() + 1, to.y()), step);
    return out;
  }

  /// The point `distance` from `a` toward `b`.
  static Point toward(Point a, Point b, double distance) {
    double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
    double f = length == 0 ? 0 : Math.min(1, distance / length);
    return new Point(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
  }

  private static void line(List<Point> out, Point a, Point b, double step) {
    int n = Math.max(1, (int) Math.ceil(Math.hypot(b.x() - a.x(), b.y() - a.y()) / step));
    for (int i = 1; i <= n; i++) {
      double t = (double) i / n;
      out.add(new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t));
    }
  }
}
