package dev.weft.ui.overview;

/// Where things are on the matrix canvas: a sticky heading row (zones) and column (apps), and
/// cells scrolled under them. Pure arithmetic, in canvas pixels.
///
/// @param rowHeader width of the app-name column
/// @param cellWidth width of a zone's column
/// @param scrollX horizontal scroll of the cells, pixels
/// @param scrollY vertical scroll of the cells, pixels
record MatrixGeometry(
    double rowHeader,
    double cellWidth,
    double width,
    double height,
    double scrollX,
    double scrollY,
    int rows,
    int columns) {
  static final double HEADER = 42;
  static final double ROW = 24;

  double contentWidth() {
    return rowHeader + cellWidth * columns;
  }

  double contentHeight() {
    return HEADER + ROW * rows;
  }

  double cellX(int column) {
    return rowHeader + column * cellWidth - scrollX;
  }

  double cellY(int row) {
    return HEADER + row * ROW - scrollY;
  }

  int firstRow() {
    return Math.max(0, (int) Math.floor(scrollY / ROW));
  }

  int lastRow() {
    return Math.min(rows - 1, (int) Math.floor((scrollY + height - HEADER) / ROW));
  }

  int firstColumn() {
    return Math.max(0, (int) Math.floor(scrollX / cellWidth));
  }

  int lastColumn() {
    return Math.min(columns - 1, (int) Math.floor((scrollX + width - rowHeader) / cellWidth));
  }

  /// Rows that fit in the view at once (Page Up/Down moves by this many).
  int visibleRows() {
    return Math.max(1, (int) Math.floor((height - HEADER) / ROW));
  }

  /// The row under canvas point y, or -1 outside the cells.
  int rowAt(double y) {
    if (y < HEADER) {
      return -1;
    }
    int row = (int) Math.floor((y - HEADER + scrollY) / ROW);
    return row < rows ? row : -1;
  }

  int columnAt(double x) {
    if (x < rowHeader) {
      return -1;
    }
    int col = (int) Math.floor((x - rowHeader + scrollX) / cellWidth);
    return col < columns ? col : -1;
  }

  /// The cell lies wholly inside the cell area (not under a heading, not cut by an edge).
  boolean wholly(int row, int column) {
    double x = cellX(column);
    double y = cellY(row);
    return x >= rowHeader && y >= HEADER && x + cellWidth <= width && y + ROW <= height;
  }
}
