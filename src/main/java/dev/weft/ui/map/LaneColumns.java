package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Size;
import java.util.function.IntFunction;

/// How many columns the zones' lanes are laid out in, for a view's [FitRoom]: the count that
/// shows the whole map largest, where some count shows it readably ([FitRoom#readable]); where
/// none does (a large fabric), the count that shows its full width largest, as the view then
/// does. So many short lanes in a wide window sit side by side, while long lanes stay stacked: a
/// second column would halve the width they are shown at.
///
/// A count in use is kept until another gains at least [#GAIN] in zoom (a count in use that no
/// longer reads whole counts as just readable), so that a window dragged across the size where
/// two counts tie does not flip the layout back and forth.
///
/// Pure; thread-safe.
final class LaneColumns {
  /// What another count must gain in zoom to replace the one in use.
  static final double GAIN = 1.15;

  /// More columns than this would put lanes too far from the gateway to follow its edges.
  static final int MOST = 4;

  private LaneColumns() {}

  /// The best count for `room`, the fewest columns among equals.
  ///
  /// @param size the map's size in a given number of columns
  static int best(int zones, IntFunction<Size> size, FitRoom room) {
    int best = 1;
    Size bestSize = size.apply(1);
    for (int columns = 2; columns <= most(zones); columns++) {
      Size next = size.apply(columns);
      if (better(next, bestSize, room)) {
        best = columns;
        bestSize = next;
      }
    }
    return best;
  }

  /// The count to use now that the room is `room`: `current`, unless another gains enough.
  static int choose(int current, int zones, IntFunction<Size> size, FitRoom room) {
    int now = Math.max(1, Math.min(current, most(zones)));
    int best = best(zones, size, room);
    if (best == now) {
      return now;
    }
    Size b = size.apply(best);
    Size n = size.apply(now);
    double gain =
        room.readable(b)
            ? room.zoom(b) / Math.max(room.zoom(n), FitRoom.READABLE)
            : room.fullWidthZoom(b) / room.fullWidthZoom(n);
    return gain >= GAIN ? best : now;
  }

  private static int most(int zones) {
    return Math.min(MOST, Math.max(1, zones));
  }

  /// A whole map that reads beats one that does not; else the larger zoom the view shows.
  private static boolean better(Size a, Size b, FitRoom room) {
    if (room.readable(a) != room.readable(b)) {
      return room.readable(a);
    }
    return room.shownZoom(a) > room.shownZoom(b);
  }
}
