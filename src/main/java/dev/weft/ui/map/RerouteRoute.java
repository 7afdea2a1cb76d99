package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapGeometry.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The path of a reroute edge (`app1@gz-1` → `app2@sh-1`): one cubic curve, `p0` to `p3`. In the
/// stacked map it is the S-curve from the caller's right side to the target's left side, through
/// the gap between lanes. In a grid the two lanes may sit side by side, where that S-curve ran
/// level across every card between them and over the target lane's header; there it may instead
/// dip below the lanes' row (bottom to bottom) or arch over it (top to top): whichever crosses the
/// fewest other cards and lane headers, the S-curve first on a tie.
///
/// Immutable and thread-safe.
///
/// @param vertical whether the curve enters the target from below or above (its arrow points up
///     or down), not from its left side
record RerouteRoute(Point p0, Point p1, Point p2, Point p3, boolean vertical) {
  /// Below or above the lanes' edge, clear of the gateway's tracks in a row gutter.
  static final double CLEARANCE = 8;

  private static final int SAMPLES = 48;

  /// The route from the card at `from` to the card at `to`, or empty when either is not on the
  /// map.
  static Optional<RerouteRoute> of(MapLayout layout, String from, String to) {
    Optional<Box> a = layout.placement(from);
    Optional<Box> b = layout.placement(to);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    RerouteRoute best = sCurve(a.get(), b.get());
    Optional<Box> fromLane = laneOf(layout, from);
    Optional<Box> toLane = laneOf(layout, to);
    // Lanes stacked in one column: the S-curve runs through the gap between them, as ever.
    if (fromLane.isEmpty() || toLane.isEmpty() || fromLane.get().x() == toLane.get().x()) {
      return Optional.of(best);
    }
    int fewest = best.crossings(layout, from, to);
    for (RerouteRoute other :
        List.of(
            below(a.get(), b.get(), fromLane.get(), toLane.get()),
            above(a.get(), b.get(), fromLane.get(), toLane.get()))) {
      int n = other.crossings(layout, from, to);
      if (n < fewest) {
        best = other;
        fewest = n;
      }
    }
    return Optional.of(best);
  }

  /// The point at `t` (0–1) along the curve.
  Point at(double t) {
    double u = 1 - t;
    double a = u * u * u;
    double b = 3 * u * u * t;
    double c = 3 * u * t * t;
    double d = t * t * t;
    return new Point(
        a * p0.x() + b * p1.x() + c * p2.x() + d * p3.x(),
        a * p0.y() + b * p1.y() + c * p2.y() + d * p3.y());
  }

  /// How many cards (other than its two ends) and lane headers the curve passes over.
  int crossings(MapLayout layout, String from, String to) {
    List<Point> points = new ArrayList<>(SAMPLES + 1);
    for (int i = 0; i <= SAMPLES; i++) {
      points.add(at((double) i / SAMPLES));
    }
    int n = 0;
    for (var e : layout.placements().entrySet()) {
      if (!e.getKey().equals(from) && !e.getKey().equals(to) && hits(e.getValue(), points)) {
        n++;
      }
    }
    for (Lane lane : layout.lanes()) {
      if (hits(lane.header(), points)) {
        n++;
      }
    }
    return n;
  }

  private static boolean hits(Box box, List<Point> points) {
    for (Point p : points) {
      if (p.x() > box.x() && p.x() < box.maxX() && p.y() > box.y() && p.y() < box.maxY()) {
        return true;
      }
    }
    return false;
  }

  private static RerouteRoute sCurve(Box a, Box b) {
    Point start = new Point(a.maxX(), a.centerY() + 10);
    Point end = new Point(b.x(), b.centerY() - 10);
    double pull = Math.max(90, Math.abs(end.x() - start.x()) * 0.6);
    return new RerouteRoute(
        start,
        new Point(start.x() + pull, start.y()),
        new Point(end.x() - pull, end.y()),
        end,
        false);
  }

  /// Bottom to bottom, its lowest point [#CLEARANCE] below both lanes.
  private static RerouteRoute below(Box a, Box b, Box fromLane, Box toLane) {
    double low = Math.max(fromLane.maxY(), toLane.maxY()) + CLEARANCE;
    double deepest = Math.max(a.maxY(), b.maxY());
    // A cubic with both control points at y reaches 3/4 of the way there.
    double control = deepest + (low - deepest) / 0.75;
    Point start = new Point(a.centerX(), a.maxY());
    Point end = new Point(b.centerX(), b.maxY());
    return new RerouteRoute(
        start, new Point(start.x(), control), new Point(end.x(), control), end, true);
  }

  /// Top to top, its highest point [#CLEARANCE] above both lanes.
  private static RerouteRoute above(Box a, Box b, Box fromLane, Box toLane) {
    double high = Math.min(fromLane.y(), toLane.y()) - CLEARANCE;
    double highest = Math.min(a.y(), b.y());
    double control = highest - (highest - high) / 0.75;
    Point start = new Point(a.centerX(), a.y());
    Point end = new Point(b.centerX(), b.y());
    return new RerouteRoute(
        start, new Point(start.x(), control), new Point(end.x(), control), end, true);
  }

  private static Optional<Box> laneOf(MapLayout layout, String placement) {
    return layout.lane(placement.substring(placement.indexOf('@') + 1)).map(Lane::bounds);
  }
}
