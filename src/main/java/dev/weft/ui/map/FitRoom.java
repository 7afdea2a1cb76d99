package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Size;

/// The room a view fits the whole map into, in screen pixels (its viewport less the bands its
/// toolbar and legend keep free), and the largest zoom a fit may use. What the view tells its
/// [MapViewModel], which lays the lanes out in as many columns as show the map largest; and the
/// rule by which the view shows a map it has not been told otherwise about. Immutable and
/// thread-safe.
public record FitRoom(double width, double height, double maxZoom) {
  /// Below this zoom a whole map's text is unreadable: the view shows it at full width instead,
  /// from the top ([#shownZoom]).
  public static final double READABLE = 0.3;

  /// The zoom that shows a whole map of `size` in this room.
  public double zoom(Size size) {
    return Math.min(maxZoom, Math.min(width / size.width(), height / size.height()));
  }

  /// Whether the whole map of `size` reads at its fitted zoom.
  public boolean readable(Size size) {
    return zoom(size) >= READABLE;
  }

  /// The zoom that shows the map's full width, never enlarged beyond 1:1.
  public double fullWidthZoom(Size size) {
    return Math.min(1.0, width / size.width());
  }

  /// The zoom the view opens a map of `size` at: the whole map where it reads, else its width.
  public double shownZoom(Size size) {
    return readable(size) ? zoom(size) : fullWidthZoom(size);
  }
}
