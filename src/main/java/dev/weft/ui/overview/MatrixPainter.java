package dev.weft.ui.overview;

import dev.weft.state.Health;
import dev.weft.ui.map.MapLegend;
import dev.weft.ui.overview.MatrixPalette.Ink;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/// Draws the matrix on a canvas: cells with the map's health shapes and glyphs (✓ circle, !
/// triangle, ✕ octagon, ? diamond) on a health tint, a violet ◆ for a canary, a cyan → for
/// rerouted calls, faded cells for a zone that is not live, and the sticky headings.
///
/// Threading: FX thread only.
final class MatrixPainter {
  private static final String FAMILY = Font.getDefault().getFamily();
  static final Font NAME = Font.font(FAMILY, FontWeight.NORMAL, 12);
  private static final Font ZONE = Font.font(FAMILY, FontWeight.BOLD, 12);
  private static final Font NOTE = Font.font(FAMILY, FontWeight.NORMAL, 10);
  private static final Font GLYPH = Font.font(FAMILY, FontWeight.BOLD, 10);
  private static final Font MARK = Font.font(FAMILY, FontWeight.BOLD, 14);
  private static final double R = 8.5;

  private final MatrixViewModel vm;
  private final MatrixPalette palette;

  MatrixPainter(MatrixViewModel vm, MatrixPalette palette) {
    this.vm = vm;
    this.palette = palette;
  }

  /// Everything: visible cells, then the headings over them.
  void all(GraphicsContext gc, MatrixGeometry g) {
    gc.setFill(palette.color(Ink.SURFACE));
    gc.fillRect(0, 0, g.width(), g.height());
    if (g.rows() == 0 || g.columns() == 0) {
      return;
    }
    for (int row = g.firstRow(); row <= g.lastRow(); row++) {
      for (int col = g.firstColumn(); col <= g.lastColumn(); col++) {
        cellAt(gc, g, row, col);
      }
    }
    headings(gc, g);
  }

  /// One cell, clipped to the cell area when an edge or a heading cuts it.
  void cell(GraphicsContext gc, MatrixGeometry g, int index) {
    int row = index / g.columns();
    int col = index % g.columns();
    if (row < g.firstRow() || row > g.lastRow() || col < g.firstColumn() || col > g.lastColumn()) {
      return;
    }
    if (g.wholly(row, col)) {
      cellAt(gc, g, row, col);
      return;
    }
    gc.save();
    gc.beginPath();
    gc.rect(g.rowHeader(), MatrixGeometry.HEADER, g.width(), g.height());
    gc.clip();
    cellAt(gc, g, row, col);
    gc.restore();
  }

  private void cellAt(GraphicsContext gc, MatrixGeometry g, int row, int col) {
    MatrixCell cell = vm.cell(row, col);
    double x = g.cellX(col);
    double y = g.cellY(row);
    double w = g.cellWidth();
    double h = MatrixGeometry.ROW;
    gc.setFill(palette.color(row % 2 == 0 ? Ink.SURFACE : Ink.STRIPE));
    gc.fillRect(x, y, w, h);
    Color tint =
        switch (cell.health()) {
          case DEGRADED -> palette.color(Ink.DEGRADED).deriveColor(0, 1, 1, 0.2);
          case DOWN -> palette.color(Ink.DOWN).deriveColor(0, 1, 1, 0.3);
          default -> null;
        };
    if (tint != null && !cell.stale()) {
      gc.setFill(tint);
      gc.fillRect(x + 1, y + 1, w - 2, h - 2);
    }
    gc.setStroke(palette.color(Ink.GRID));
    gc.setLineWidth(1);
    gc.strokeLine(x + w - 0.5, y, x + w - 0.5, y + h);
    gc.setGlobalAlpha(cell.stale() ? 0.45 : 1);
    shape(gc, cell.health(), x + w / 2, y + h / 2);
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setFont(MARK);
    if (cell.canary()) {
      gc.setFill(palette.color(Ink.CANARY));
      gc.fillText("\u25c6", x + w / 2 + 20, y + h / 2);
    }
    if (cell.rerouted()) {
      gc.setFill(palette.color(Ink.REROUTE));
      gc.fillText("\u2192", x + w / 2 - 20, y + h / 2);
    }
    gc.setGlobalAlpha(1);
    if (vm.selectedProperty().get() == vm.index(row, col)) {
      gc.setStroke(palette.color(Ink.ACCENT));
      gc.setLineWidth(2.5);
      gc.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
    }
  }

  /// The map's health icon: colour, shape and glyph, so that no one needs colour to read it.
  private void shape(GraphicsContext gc, Health health, double cx, double cy) {
    gc.setFill(palette.color(Ink.valueOf(health.name())));
    double glyphY = cy;
    switch (health) {
      case HEALTHY -> gc.fillOval(cx - R, cy - R, 2 * R, 2 * R);
      case DEGRADED -> {
        gc.fillPolygon(
            new double[] {cx, cx + R + 1.5, cx - R - 1.5},
            new double[] {cy - R - 0.5, cy + R - 0.5, cy + R - 0.5},
            3);
        glyphY = cy + 2.5;
      }
      case DOWN -> {
        double a = R * 0.42;
        gc.fillPolygon(
            new double[] {cx - a, cx + a, cx + R, cx + R, cx + a, cx - a, cx - R, cx - R},
            new double[] {cy - R, cy - R, cy - a, cy + a, cy + R, cy + R, cy + a, cy - a},
            8);
      }
      case UNKNOWN ->
          gc.fillPolygon(
              new double[] {cx, cx + R + 0.5, cx, cx - R - 0.5},
              new double[] {cy - R - 0.5, cy, cy + R + 0.5, cy},
              4);
    }
    gc.setFill(palette.color(Ink.ON_STRONG));
    gc.setFont(GLYPH);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(MapLegend.glyphFor(health), cx, glyphY);
  }

  /// Zone names over the columns, app names beside the rows, and the corner: drawn last, over
  /// whatever scrolled under them.
  void headings(GraphicsContext gc, MatrixGeometry g) {
    double top = MatrixGeometry.HEADER;
    gc.setFill(palette.color(Ink.SURFACE));
    gc.fillRect(0, top, g.rowHeader(), g.height() - top);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    gc.setFont(NAME);
    gc.setFill(palette.color(Ink.TEXT));
    for (int row = g.firstRow(); row <= g.lastRow(); row++) {
      gc.fillText(
          vm.apps().get(row), 10, g.cellY(row) + MatrixGeometry.ROW / 2, g.rowHeader() - 16);
    }
    gc.setFill(palette.color(Ink.SURFACE));
    gc.fillRect(0, 0, g.width(), top);
    gc.setTextAlign(TextAlignment.CENTER);
    for (int col = g.firstColumn(); col <= g.lastColumn(); col++) {
      double cx = g.cellX(col) + g.cellWidth() / 2;
      String note = vm.zoneNote(col);
      gc.setFont(ZONE);
      gc.setFill(palette.color(note.isEmpty() ? Ink.TEXT : Ink.MUTED));
      gc.fillText(
          vm.zones().get(col), cx, note.isEmpty() ? top / 2 + 2 : top / 2 - 5, g.cellWidth() - 4);
      if (!note.isEmpty()) {
        gc.setFont(NOTE);
        gc.fillText(note, cx, top / 2 + 10, g.cellWidth() - 4);
      }
    }
    gc.setFill(palette.color(Ink.SURFACE));
    gc.fillRect(0, 0, g.rowHeader(), top);
    gc.setStroke(palette.color(Ink.GRID));
    gc.setLineWidth(1);
    gc.strokeLine(0, top - 0.5, g.width(), top - 0.5);
    gc.strokeLine(g.rowHeader() - 0.5, 0, g.rowHeader() - 0.5, g.height());
  }
}
