package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapInks.Ink;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;

/// A lane's or card's border as painted on the map's canvases: ink, width and dashes (`null`:
/// solid). What a drag over it would do overrides its own look, the same way for both.
///
/// Threading: FX thread only (it paints).
record PaintedBorder(Ink ink, double width, double[] dashes) {
  static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
  static final PseudoClass DROP_HOVER = PseudoClass.getPseudoClass("drop-hover");
  static final PseudoClass DROP_FORBIDDEN = PseudoClass.getPseudoClass("drop-forbidden");
  static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");
  static final PseudoClass DRAG_SOURCE = PseudoClass.getPseudoClass("drag-source");
  private static final Set<PseudoClass> DRAG =
      Set.of(DROP_TARGET, DROP_HOVER, DROP_FORBIDDEN, DROP_REFUSED, DRAG_SOURCE);

  /// Of a node's states, those a drag and drop set: its health, selection and the rest are
  /// painted from the view model, and must not read as a drag.
  static Set<PseudoClass> dragStatesOf(Set<PseudoClass> states) {
    Set<PseudoClass> drag = null;
    for (PseudoClass state : states) {
      if (DRAG.contains(state)) {
        drag = drag == null ? new java.util.HashSet<>() : drag;
        drag.add(state);
      }
    }
    return drag == null ? Set.of() : drag;
  }

  /// This border, or the drag's: a possible target dashed, the hovered one bold, a refused one
  /// red and dotted.
  PaintedBorder underDrag(Set<PseudoClass> states) {
    if (states.contains(DROP_FORBIDDEN)) {
      return new PaintedBorder(Ink.BAD, 2, new double[] {3, 3});
    }
    if (states.contains(DROP_HOVER)) {
      return new PaintedBorder(Ink.ACCENT, 3, null);
    }
    if (states.contains(DROP_TARGET)) {
      return new PaintedBorder(Ink.ACCENT, 2, new double[] {7, 4});
    }
    return this;
  }

  /// Draws the border inside `b`, whose corners have `radius`. A solid border is filled as a
  /// ring rather than stroked: software rendering fills a shape at about half the cost of
  /// stroking it, and a busy frame draws hundreds of borders.
  void draw(GraphicsContext gc, MapInks inks, Box b, double radius) {
    if (dashes == null) {
      gc.setFill(inks.color(ink));
      ring(gc, b.x(), b.y(), b.width(), b.height(), radius, width);
      return;
    }
    gc.setStroke(inks.color(ink));
    gc.setLineWidth(width);
    gc.setLineDashes(dashes);
    double in = width / 2;
    double arc = 2 * (radius - in);
    gc.strokeRoundRect(b.x() + in, b.y() + in, b.width() - width, b.height() - width, arc, arc);
    gc.setLineDashes((double[]) null);
  }

  /// Fills, in the current fill, the ring between the rounded rectangle (x, y, w, h) with corner
  /// `radius` and the same inset by `width`.
  static void ring(
      GraphicsContext gc, double x, double y, double w, double h, double radius, double width) {
    gc.setFillRule(FillRule.EVEN_ODD);
    gc.beginPath();
    roundRect(gc, x, y, w, h, radius);
    roundRect(gc, x + width, y + width, w - 2 * width, h - 2 * width, radius - width);
    gc.fill();
    gc.setFillRule(FillRule.NON_ZERO);
  }

  private static void roundRect(
      GraphicsContext gc, double x, double y, double w, double h, double radius) {
    double r = Math.max(0, Math.min(radius, Math.min(w, h) / 2));
    gc.moveTo(x + r, y);
    gc.lineTo(x + w - r, y);
    gc.arcTo(x + w, y, x + w, y + r, r);
    gc.lineTo(x + w, y + h - r);
    gc.arcTo(x + w, y + h, x + w - r, y + h, r);
    gc.lineTo(x + r, y + h);
    gc.arcTo(x, y + h, x, y + h - r, r);
    gc.lineTo(x, y + r);
    gc.arcTo(x, y, x + r, y, r);
    gc.closePath();
  }
}
