package dev.weft.ui.map;

import java.util.List;

/// Plain geometry records of the map's layout, in map pixels. Immutable and thread-safe.
public final class MapGeometry {
  private MapGeometry() {}

  /// An axis-aligned rectangle.
  public record Box(double x, double y, double width, double height) {
    public double centerX() {
      return x + width / 2;
    }

    public double centerY() {
      return y + height / 2;
    }

    public double maxX() {
      return x + width;
    }

    public double maxY() {
      return y + height;
    }

    public Box translate(double dx, double dy) {
      return new Box(x + dx, y + dy, width, height);
    }
  }

  public record Point(double x, double y) {}

  /// A width and a height.
  public record Size(double width, double height) {}

  /// One zone's lane: its whole band and the header column at its left.
  public record Lane(String zone, Box bounds, Box header) {}

  /// A dependency edge between two placement ids, routed through `points` (at least two).
  public record Route(String from, String to, List<Point> points) {
    public Route {
      points = List.copyOf(points);
    }
  }
}
