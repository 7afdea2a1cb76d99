package dev.weft.ui.overview;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/// The scrolling part of the matrix: one canvas the size of the view (only visible cells are
/// drawn), scroll bars, and a focus ring over the selected cell, a real node so that focus and
/// screen readers have something to land on. Redraws only the cells a [MatrixChange] names,
/// once per applied snapshot; everything only on a new shape, a scroll, a resize or a theme.
///
/// Threading: FX thread only.
final class MatrixSurface extends Region {
  private static final double MIN_CELL = 52;
  private static final double MAX_CELL = 110;
  private final MatrixViewModel vm;
  private final Canvas canvas = new Canvas();
  private final ScrollBar vbar = new ScrollBar();
  private final ScrollBar hbar = new ScrollBar();
  private final Region focusRing = new Region();
  private final MatrixPalette palette;
  private final MatrixPainter painter;
  private MatrixGeometry geometry = new MatrixGeometry(0, MIN_CELL, 0, 0, 0, 0, 0, 0);
  private double rowHeader = 120;
  private long cellsDrawn;
  private boolean stale = true;

  MatrixSurface(MatrixViewModel vm) {
    this.vm = vm;
    getStyleClass().add("matrix-surface");
    // A theme switch restyles every ink at once: redraw once, at the next layout.
    palette =
        new MatrixPalette(
            () -> {
              stale = true;
              requestLayout();
            });
    painter = new MatrixPainter(vm, palette);
    vbar.setOrientation(Orientation.VERTICAL);
    vbar.setUnitIncrement(MatrixGeometry.ROW);
    hbar.setUnitIncrement(MIN_CELL);
    focusRing.setId("matrix-focus");
    focusRing.getStyleClass().add("matrix-focus");
    focusRing.setManaged(false);
    focusRing.setMouseTransparent(true);
    focusRing.accessibleTextProperty().bind(vm.selectedSummaryProperty());
    getChildren().addAll(canvas, vbar, hbar, focusRing);
    getChildren().addAll(palette.swatches());
    vbar.valueProperty().addListener((o, a, b) -> requestLayout());
    hbar.valueProperty().addListener((o, a, b) -> requestLayout());
    vm.changeProperty().addListener((o, a, change) -> apply(change));
    vm.selectedProperty().addListener((o, a, b) -> selectionMoved(a.intValue(), b.intValue()));
    setOnScroll(
        e -> {
          vbar.setValue(Math.clamp(vbar.getValue() - e.getDeltaY(), 0, vbar.getMax()));
          hbar.setValue(Math.clamp(hbar.getValue() - e.getDeltaX(), 0, hbar.getMax()));
          e.consume();
        });
  }

  private void apply(MatrixChange change) {
    if (change.reshaped()) {
      rowHeader = rowHeaderWidth();
      vbar.setValue(0);
      hbar.setValue(0);
      stale = true;
      requestLayout();
    } else if (change.zonesChanged()) {
      stale = true;
      requestLayout();
    } else if (paintable()) {
      var gc = canvas.getGraphicsContext2D();
      for (int i : change.cells()) {
        painter.cell(gc, geometry, i);
      }
      cellsDrawn += change.cells().size();
    }
  }

  private void selectionMoved(int from, int to) {
    if (!paintable()) {
      return;
    }
    var gc = canvas.getGraphicsContext2D();
    if (from >= 0 && from < geometry.rows() * geometry.columns()) {
      painter.cell(gc, geometry, from);
    }
    if (to >= 0) {
      reveal(to);
      painter.cell(gc, geometry, to);
    }
    placeFocusRing();
  }

  /// Cells can be drawn one by one: the matrix is shown and drawn for the current shape. When
  /// not, everything is drawn at the next layout (which showing the matrix brings).
  private boolean paintable() {
    boolean ok =
        getScene() != null && geometry.rows() == vm.rows() && geometry.columns() == vm.columns();
    if (!ok) {
      stale = true;
    }
    return ok && !stale;
  }

  /// Scrolls so that cell `index` is wholly in view.
  private void reveal(int index) {
    int row = index / Math.max(1, vm.columns());
    int col = index % Math.max(1, vm.columns());
    double top = row * MatrixGeometry.ROW;
    double bodyH = geometry.height() - MatrixGeometry.HEADER;
    if (top < vbar.getValue()) {
      vbar.setValue(top);
    } else if (top + MatrixGeometry.ROW > vbar.getValue() + bodyH) {
      vbar.setValue(Math.min(vbar.getMax(), top + MatrixGeometry.ROW - bodyH));
    }
    double left = col * geometry.cellWidth();
    double bodyW = geometry.width() - geometry.rowHeader();
    if (left < hbar.getValue()) {
      hbar.setValue(left);
    } else if (left + geometry.cellWidth() > hbar.getValue() + bodyW) {
      hbar.setValue(Math.min(hbar.getMax(), left + geometry.cellWidth() - bodyW));
    }
  }

  private double rowHeaderWidth() {
    Text probe = new Text();
    probe.setFont(MatrixPainter.NAME);
    double widest = 60;
    for (String app : vm.apps()) {
      probe.setText(app);
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    return Math.min(240, Math.ceil(widest) + 24);
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    double bar = vbar.prefWidth(-1);
    double cell = Math.clamp((w - rowHeader - bar) / Math.max(1, vm.columns()), MIN_CELL, MAX_CELL);
    boolean wide = rowHeader + cell * vm.columns() > w - bar;
    double bodyW = w - bar;
    double bodyH = h - (wide ? hbar.prefHeight(-1) : 0);
    double contentH = MatrixGeometry.HEADER + MatrixGeometry.ROW * vm.rows();
    vbar.setMax(Math.max(0, contentH - bodyH));
    vbar.setVisibleAmount(bodyH);
    vbar.setVisible(contentH > bodyH);
    hbar.setMax(Math.max(0, rowHeader + cell * vm.columns() - bodyW));
    hbar.setVisibleAmount(bodyW);
    hbar.setVisible(wide);
    vbar.resizeRelocate(w - bar, 0, bar, bodyH);
    hbar.resizeRelocate(0, bodyH, bodyW, h - bodyH);
    canvas.setWidth(Math.max(1, bodyW));
    canvas.setHeight(Math.max(1, bodyH));
    MatrixGeometry next =
        new MatrixGeometry(
            rowHeader,
            cell,
            bodyW,
            bodyH,
            Math.min(hbar.getValue(), hbar.getMax()),
            Math.min(vbar.getValue(), vbar.getMax()),
            vm.rows(),
            vm.columns());
    if (stale || !next.equals(geometry)) {
      boolean wasStale = stale;
      stale = false;
      geometry = next;
      redrawAll();
      if (wasStale && vm.selectedProperty().get() >= 0) {
        // Selected elsewhere (the map, the timeline) while the matrix was away.
        reveal(vm.selectedProperty().get());
      }
    }
    placeFocusRing();
  }

  private void redrawAll() {
    painter.all(canvas.getGraphicsContext2D(), geometry);
    cellsDrawn +=
        (long) (geometry.lastRow() - geometry.firstRow() + 1)
            * (geometry.lastColumn() - geometry.firstColumn() + 1);
  }

  private void placeFocusRing() {
    int i = vm.selectedProperty().get();
    if (i < 0 || vm.columns() == 0) {
      focusRing.setVisible(false);
      return;
    }
    int row = i / vm.columns();
    int col = i % vm.columns();
    focusRing.setVisible(geometry.wholly(row, col));
    focusRing.resizeRelocate(
        geometry.cellX(col), geometry.cellY(row), geometry.cellWidth(), MatrixGeometry.ROW);
  }

  double naturalWidth() {
    return rowHeaderWidth() + MAX_CELL * vm.columns() + vbar.prefWidth(-1);
  }

  MatrixGeometry geometry() {
    return geometry;
  }

  /// Cells drawn since the start: lets a test or benchmark see that a frame redrew only a few.
  long cellsDrawn() {
    return cellsDrawn;
  }
}
