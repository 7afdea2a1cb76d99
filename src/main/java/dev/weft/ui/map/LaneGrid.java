package dev.weft.ui.map;

import static dev.weft.ui.map.MapLayoutEngine.LANE_GAP;
import static dev.weft.ui.map.MapLayoutEngine.LANE_X;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Point;
import java.util.List;

/// Where the zones' lanes go in a grid of `columns` columns, filled row by row in fabric order
/// (left to right, then down, as text reads), and the gutters the gateway's edges run through
/// to reach a lane beyond the first column. One column is the stack of lanes the map always had.
///
/// An edge to a lane in column `c > 0` runs along the gutter below the lane's row, on a track of
/// its own (the `c`-th from the top: a nearer lane's edge turns up first, so no two cross), then
/// up the gutter just left of the lane, into its left edge. Row gutters are widened to hold one
/// track per column beyond the first; column gutters hold the edge's run and its weight label,
/// beside the lane it is about, as the band between the gateway and the first column holds the
/// first column's.
///
/// Pure arithmetic on the lanes' common size; immutable and thread-safe.
///
/// @param zones how many lanes
/// @param columns at least 1 and at most `zones` (when there are any)
record LaneGrid(int zones, int columns, double laneWidth, double laneHeight) {
  static final double TOP = 24;

  /// Room right of the last column and below a last row that no edge runs under.
  static final double MARGIN = 24;

  /// Between two columns, and in a grid between the gateway card and the first column: an
  /// edge's run to its lane and its weight label ("33 %" over "→ zone down" or "→ zone stale";
  /// a longer reason wraps). A stacked map's band stays as it was, 120 px.
  static final double COLUMN_GAP = 144;

  /// Between parallel edges in a row gutter: the thickest edge (all traffic) is 18 px wide.
  static final double TRACK = 22;

  LaneGrid {
    columns = Math.max(1, Math.min(columns, Math.max(1, zones)));
  }

  /// The first column's left edge.
  double firstX() {
    return columns == 1
        ? LANE_X
        : MapLayoutEngine.GATEWAY_X + MapLayoutEngine.GATEWAY_W + COLUMN_GAP;
  }

  int rows() {
    return (zones + columns - 1) / columns;
  }

  int row(int lane) {
    return lane / columns;
  }

  int column(int lane) {
    return lane % columns;
  }

  /// The gutter between two rows: 16 px as ever in one column, else room for one track per
  /// column beyond the first, with 16 px either side.
  double rowGap() {
    return columns == 1 ? LANE_GAP : 2 * LANE_GAP + (columns - 1) * TRACK;
  }

  Box lane(int lane) {
    return new Box(
        firstX() + column(lane) * (laneWidth + COLUMN_GAP),
        rowTop(row(lane)),
        laneWidth,
        laneHeight);
  }

  /// Summed row by row, as the stacked lanes always were, so that one column places every lane
  /// to the last bit where it always went.
  private double rowTop(int row) {
    double y = TOP;
    for (int r = 0; r < row; r++) {
      y += laneHeight + rowGap();
    }
    return y;
  }

  double lanesBottom() {
    return rows() == 0 ? TOP : rowTop(rows()) - rowGap();
  }

  /// Where the last row ends, with the tracks of the edges that run below it.
  double bottom() {
    boolean tracksBelow = zones > 0 && column(zones - 1) > 0;
    return lanesBottom() + (tracksBelow ? rowGap() : MARGIN);
  }

  double width() {
    return firstX() + columns * laneWidth + (columns - 1) * COLUMN_GAP + MARGIN;
  }

  /// The height of the track the edge to `lane` (not in the first column) runs along, in the
  /// gutter below the lane's row.
  double trackY(int lane) {
    Box box = lane(lane);
    return box.maxY() + LANE_GAP + TRACK / 2 + (column(lane) - 1) * TRACK;
  }

  /// Where the edge to `lane` (not in the first column) runs up: the middle of the gutter left
  /// of it.
  double gutterX(int lane) {
    return lane(lane).x() - COLUMN_GAP / 2;
  }

  /// The edge from the gateway (at `from`) to `lane`: straight in for the first column; else
  /// along its track below the lane's row and up the gutter left of the lane. In a grid every
  /// weight label sits just left of the lane it is about.
  GatewayRoute route(String zone, int lane, Point from) {
    Box box = lane(lane);
    Point to = new Point(box.x(), box.centerY());
    if (columns == 1) {
      return GatewayRoute.direct(zone, from, to);
    }
    if (column(lane) == 0) {
      return GatewayRoute.directInGrid(zone, from, to);
    }
    double x = gutterX(lane);
    double y = trackY(lane);
    return new GatewayRoute(
        zone,
        from,
        new Point(firstX(), y),
        List.of(new Point(x, y), new Point(x, to.y())),
        to,
        new GatewayRoute.LabelSpot(
            new Point(x, (y + to.y()) / 2),
            to.x() - COLUMN_GAP + GatewayRoute.LABEL_GAP,
            to.x() - GatewayRoute.LABEL_GAP));
  }

  /// Where the edge to `lane` reaches the first column: the gateway's edges leave its card in
  /// this order, top to bottom, so that none crosses another.
  double joinY(int lane) {
    return column(lane) == 0 ? lane(lane).centerY() : trackY(lane);
  }
}
