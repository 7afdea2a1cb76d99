package dev.weft.ui.map;

import dev.weft.state.Health;
import dev.weft.ui.Messages;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapInks.Ink;
import dev.weft.ui.map.MapInks.Type;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.effect.BlurType;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/// Paints one placement as its node looked: a card with a stripe in its health colour, the
/// health icon (shape and glyph) and name, canary ◆, "at risk" and restarts, the pods as pips
/// or a bar with the count in figures, and the version chips (canary filled) with where calls
/// are rerouted. Far out, one shape per placement. Selection, search, filter, stale and the
/// drag-and-drop states change the frame and opacity as the stylesheet's rules did.
///
/// Threading: FX thread only.
final class PlacementPainter {
  static final int MAX_PIPS = 10;
  /// How far a card's paint reaches past its box: the selection's glow and the shadow.
  static final double MARGIN = 16;
  private static final double RADIUS = 11;
  private static final double STRIPE = 6;
  private static final double ICON = 19;
  /// A check mark and a cross, centred on (0, 0), for an icon 20 units across.
  private static final double[][] CHECK = {
    {-5, -0.5, 4.5, 6, -0.5, -6.5}, {0, 3, -3.5, -2, 6, 1.5}
  };

  private static final double[][] CROSS = cross(4.6, 1.25);

  private final MapInks inks;
  private final TextMetrics metrics = new TextMetrics();
  private final ShadowCache shadows = new ShadowCache();
  private final DeviceText text = new DeviceText();
  private Font boldOf;
  private Font bold;
  /// The corners of the health mark being filled (at most twelve).
  private final double[] shapeX = new double[12];
  private final double[] shapeY = new double[12];
  private Color lookFor;
  private Color shadeFor;
  private DropShadow glow;
  private DropShadow sourceGlow;
  private DropShadow card;

  PlacementPainter(MapInks inks) {
    this.inks = inks;
  }

  /// Far out: the card's outline filled in its health colour, no text.
  void far(GraphicsContext gc, PlacementViewModel vm, Box b, Set<PseudoClass> drag) {
    gc.setGlobalAlpha(alpha(vm, drag));
    gc.setFill(inks.color(healthInk(vm)));
    gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 2 * RADIUS, 2 * RADIUS);
    if (vm.selectedProperty().get() || vm.matchedProperty().get() || !drag.isEmpty()) {
      gc.setStroke(inks.color(drag.contains(PaintedBorder.DROP_FORBIDDEN) ? Ink.BAD : Ink.ACCENT));
      gc.setLineWidth(vm.selectedProperty().get() ? 6 : 4);
      gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 2 * RADIUS, 2 * RADIUS);
    }
    gc.setGlobalAlpha(1);
  }

  /// Near: the whole card.
  void near(
      GraphicsContext gc, PlacementViewModel vm, Box b, boolean compact, Set<PseudoClass> drag) {
    Health health = vm.healthProperty().get();
    boolean selected = vm.selectedProperty().get();
    Color h = inks.color(healthInk(vm));
    double alpha = alpha(vm, drag);
    gc.setGlobalAlpha(alpha);
    Color surface =
        drag.contains(PaintedBorder.DROP_HOVER)
            ? inks.color(Ink.ACCENT_SOFT)
            : switch (health) {
              case DEGRADED -> inks.color(Ink.WARN_TINT);
              case DOWN -> inks.color(Ink.BAD_TINT);
              default -> inks.color(Ink.SURFACE);
            };
    // The stripe is the card's first background, the surface the second, inset at the left.
    gc.setFill(h);
    // Faded cards have no shadow; the stripe's fill shows through a faded surface, greying it,
    // as the node's opacity did.
    if (alpha == 1) {
      DropShadow look = shadow(selected, compact, drag);
      if (look != null) {
        var shade = shadows.of(b.width(), b.height(), 2 * RADIUS, look);
        gc.drawImage(shade.image(), b.x() + shade.dx(), b.y() + shade.dy());
      }
    }
    gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 2 * RADIUS, 2 * RADIUS);
    gc.setFill(surface);
    surfacePath(gc, b);
    gc.fill();
    frame(gc, vm, b, drag);
    double padTop = compact ? 5 : 9;
    double padLeft = compact ? 14 : 16;
    double padRight = compact ? 9 : 10;
    double spacing = compact ? 5 : 6;
    double left = b.x() + padLeft;
    double right = b.maxX() - padRight;
    Font nameFont = inks.font(compact ? Type.COMPACT_NAME : Type.NAME);
    double row1 = Math.max(ICON, metrics.lineHeight(nameFont));
    // A label's box is a little taller than its text: the rows sit as the labels did.
    double y = b.y() + padTop + 2;
    topRow(gc, vm, left, right, y, row1, nameFont, h);
    y += row1 + spacing;
    Font countFont = inks.font(Type.COUNT);
    double row2 = Math.max(compact ? 7 : 11.2, metrics.lineHeight(countFont));
    pods(gc, vm, left, right, y, row2, compact, countFont, h);
    y += row2 + spacing;
    if (!compact) {
      versions(gc, vm, left, right, y);
    }
    gc.setGlobalAlpha(1);
  }

  private DropShadow shadow(boolean selected, boolean compact, Set<PseudoClass> drag) {
    Color accent = inks.color(Ink.ACCENT);
    Color shade = inks.color(Ink.SHADOW);
    if (!accent.equals(lookFor) || !shade.equals(shadeFor)) {
      // A new theme: new looks, and the images made for the old ones go.
      lookFor = accent;
      shadeFor = shade;
      glow = new DropShadow(BlurType.GAUSSIAN, accent, 12, 0.25, 0, 0);
      sourceGlow = new DropShadow(BlurType.GAUSSIAN, accent, 12, 0.3, 0, 0);
      card = new DropShadow(BlurType.GAUSSIAN, shade, 8, 0, 0, 2);
      shadows.clear();
    }
    if (selected) {
      return glow;
    }
    if (drag.contains(PaintedBorder.DRAG_SOURCE)) {
      return sourceGlow;
    }
    // Hundreds of shadows cost more to draw than they add: large maps stay flat.
    return compact ? null : card;
  }

  private static void surfacePath(GraphicsContext gc, Box b) {
    double x = b.x() + STRIPE;
    double r = RADIUS;
    gc.beginPath();
    gc.moveTo(x, b.y());
    gc.lineTo(b.maxX() - r, b.y());
    gc.arcTo(b.maxX(), b.y(), b.maxX(), b.y() + r, r);
    gc.lineTo(b.maxX(), b.maxY() - r);
    gc.arcTo(b.maxX(), b.maxY(), b.maxX() - r, b.maxY(), r);
    gc.lineTo(x, b.maxY());
    gc.closePath();
  }

  /// The border: its colour, width and dashes say down, search match, selection, pending and
  /// what a drag over it would do.
  private void frame(GraphicsContext gc, PlacementViewModel vm, Box b, Set<PseudoClass> drag) {
    Health health = vm.healthProperty().get();
    Ink ink = Ink.BORDER;
    double width = 1;
    double[] dashes = vm.pendingProperty().get() ? new double[] {5, 4} : null;
    if (health == Health.DEGRADED) {
      ink = Ink.WARN;
    } else if (health == Health.DOWN) {
      ink = Ink.BAD;
      width = 2;
    }
    if (vm.matchedProperty().get()) {
      ink = Ink.ACCENT;
      width = 2;
    }
    if (vm.selectedProperty().get()) {
      ink = Ink.ACCENT;
      width = 3;
    }
    new PaintedBorder(ink, width, dashes).underDrag(drag).draw(gc, inks, b, RADIUS);
  }

  private void topRow(
      GraphicsContext gc,
      PlacementViewModel vm,
      double left,
      double right,
      double y,
      double height,
      Font nameFont,
      Color h) {
    Health health = vm.healthProperty().get();
    double cy = y + height / 2;
    icon(gc, health, left, cy - ICON / 2, h);
    // Badges from the right, as the row's labels were: canary ◆, at risk, restarts.
    Font badge = inks.font(Type.BADGE);
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.LEFT);
    double x = right;
    if (vm.restartsProperty().get() > 0) {
      x =
          badge(
              gc, Messages.get("placement.restarts", vm.restartsProperty().get()), x, cy, Ink.WARN);
    }
    if (vm.atRiskProperty().get() && health != Health.DOWN) {
      x = badge(gc, Messages.get("placement.atRisk"), x, cy, Ink.WARN);
    }
    if (vm.canaryProperty().get()) {
      x = badge(gc, "\u25c6", x, cy, Ink.CANARY);
    }
    double nameX = left + ICON + 7;
    gc.setFill(inks.color(Ink.TEXT));
    text.fill(gc, nameFont, metrics.fit(nameFont, vm.app(), x - nameX), nameX, cy);
  }

  private double badge(GraphicsContext gc, String text, double right, double cy, Ink ink) {
    Font font = inks.font(Type.BADGE);
    double w = metrics.width(font, text);
    gc.setFill(inks.color(ink));
    this.text.fill(gc, font, text, right - w, cy);
    return right - w - 7;
  }

  /// The health icon: colour, shape and glyph, so that no one needs colour to read it.
  private void icon(GraphicsContext gc, Health health, double x, double y, Color h) {
    double k = ICON / 20;
    gc.setFill(h);
    double glyphY = y + ICON / 2;
    switch (health) {
      case HEALTHY -> gc.fillOval(x, y, ICON, ICON);
      case DEGRADED -> {
        gc.fillPolygon(
            new double[] {x + 10 * k, x + 20 * k, x}, new double[] {y, y + 18 * k, y + 18 * k}, 3);
        glyphY += 2.5;
      }
      case DOWN ->
          gc.fillPolygon(
              new double[] {x + 6 * k, x + 14 * k, x + ICON, x + ICON, x + 14 * k, x + 6 * k, x, x},
              new double[] {y, y, y + 6 * k, y + 14 * k, y + ICON, y + ICON, y + 14 * k, y + 6 * k},
              8);
      case UNKNOWN ->
          gc.fillPolygon(
              new double[] {x + ICON / 2, x + ICON, x + ICON / 2, x},
              new double[] {y, y + ICON / 2, y + ICON, y + ICON / 2},
              4);
    }
    gc.setFill(inks.color(Ink.ON_STRONG));
    double cx = x + ICON / 2;
    switch (health) {
      // The legend's ✓, ! and ✕ as filled shapes: text on a canvas is laid out anew each time
      // it is drawn (bidi analysis and all), and every repainted card draws its icon.
      case HEALTHY -> fillShape(gc, CHECK, cx, glyphY, k);
      case DEGRADED -> {
        gc.fillRect(cx - 1.1 * k, glyphY - 4.6 * k, 2.2 * k, 6 * k);
        gc.fillRect(cx - 1.1 * k, glyphY + 2.4 * k, 2.2 * k, 2.2 * k);
      }
      case DOWN -> fillShape(gc, CROSS, cx, glyphY, k);
      case UNKNOWN -> {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        text.fill(gc, inks.font(Type.GLYPH), MapLegend.glyph(health), cx, glyphY);
        gc.setTextAlign(TextAlignment.LEFT);
      }
    }
  }

  /// A cross of two bars `2 × half` thick, reaching `arm` from the centre along each diagonal.
  private static double[][] cross(double arm, double half) {
    double a = arm;
    double h = half;
    return new double[][] {
      {-a, -a + h, 0, a - h, a, h, a, a - h, 0, -a + h, -a, -h},
      {-a + h, -a, -h, -a, -a + h, 0, a - h, a, h, a, a - h, 0}
    };
  }

  private void fillShape(GraphicsContext gc, double[][] shape, double cx, double cy, double k) {
    int n = shape[0].length;
    for (int i = 0; i < n; i++) {
      shapeX[i] = cx + shape[0][i] * k;
      shapeY[i] = cy + shape[1][i] * k;
    }
    gc.fillPolygon(shapeX, shapeY, n);
  }

  /// Ready over desired: a pip per pod up to [#MAX_PIPS], a bar beyond (always when compact),
  /// and the count in figures.
  private void pods(
      GraphicsContext gc,
      PlacementViewModel vm,
      double left,
      double right,
      double y,
      double height,
      boolean compact,
      Font countFont,
      Color h) {
    int desired = vm.desiredProperty().get();
    int ready = vm.readyProperty().get();
    String count = ready + "/" + desired;
    double countW = metrics.width(countFont, count);
    double cy = y + height / 2;
    double x = left;
    if (compact || desired > MAX_PIPS) {
      double barH = compact ? 7 : 9;
      double barW = Math.max(10, right - left - 8 - countW);
      double ratio = desired <= 0 ? 0 : Math.min(1.0, (double) ready / desired);
      gc.setFill(inks.color(Ink.SURFACE_ALT));
      gc.fillRoundRect(x, cy - barH / 2, barW, barH, 8, 8);
      gc.setFill(inks.color(Ink.BORDER));
      PaintedBorder.ring(gc, x, cy - barH / 2, barW, barH, 4, 1);
      if (ratio > 0) {
        gc.setFill(h);
        gc.fillRoundRect(x, cy - barH / 2, barW * ratio, barH, 8, 8);
      }
      x += barW;
    } else {
      double r = desired > 6 ? 4 : 5;
      double gap = desired > 6 ? 3 : 4;
      gc.setLineWidth(1.2);
      for (int i = 0; i < desired; i++) {
        double cx = x + 0.6 + r;
        boolean on = i < ready;
        if (on) {
          gc.setFill(h);
          gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        gc.setStroke(on ? h : inks.color(Ink.FAINT));
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        x += 2 * r + 1.2 + (i < desired - 1 ? gap : 0);
      }
    }
    gc.setFill(inks.color(Ink.TEXT));
    gc.setTextBaseline(VPos.CENTER);
    text.fill(gc, countFont, count, x + 8, cy);
  }

  /// Image tags as chips, the canary filled in its own colour, then where calls are rerouted.
  private void versions(
      GraphicsContext gc, PlacementViewModel vm, double left, double right, double y) {
    Font mono = inks.font(Type.VERSION);
    Font bold = bold(mono);
    double chipH = metrics.lineHeight(mono) + 2;
    double cy = y + chipH / 2;
    double x = left;
    boolean several = vm.versions().size() > 1;
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.LEFT);
    for (VersionTag tag : vm.versions()) {
      // Only the canary's pod count matters next to the baseline; it keeps the row short.
      boolean count = several && tag.canary();
      String text =
          (tag.canary() ? "\u25c6 " : "") + tag.tag() + (count ? " \u00d7" + tag.pods() : "");
      Font font = tag.canary() ? bold : mono;
      double w = metrics.width(font, text) + 14;
      if (x + w > right + 1) {
        return;
      }
      gc.setFill(inks.color(tag.canary() ? Ink.CANARY : Ink.SURFACE_ALT));
      gc.fillRoundRect(x, y, w, chipH, 16, 16);
      gc.setFill(inks.color(tag.canary() ? Ink.CANARY : Ink.BORDER));
      PaintedBorder.ring(gc, x, y, w, chipH, 8, 1);
      gc.setFill(inks.color(tag.canary() ? Ink.ON_STRONG : Ink.MUTED));
      this.text.fill(gc, font, text, x + 7, cy + 0.5);
      x += w + 5;
    }
    String target = vm.reroutedToProperty().get();
    if (!target.isEmpty()) {
      Font font = inks.font(Type.REROUTE);
      String text = metrics.fit(font, Messages.get("placement.rerouted", target), right - x);
      gc.setFill(inks.color(Ink.REROUTE));
      this.text.fill(gc, font, text, x, cy);
    }
  }

  /// The bold face of the version font (the canary's chip), made once per theme font.
  private Font bold(Font mono) {
    if (mono != boldOf) {
      boldOf = mono;
      bold = Font.font(mono.getFamily(), FontWeight.BOLD, mono.getSize());
    }
    return bold;
  }

  private static Ink healthInk(PlacementViewModel vm) {
    if (vm.staleProperty().get()) {
      return Ink.UNKNOWN;
    }
    return switch (vm.healthProperty().get()) {
      case HEALTHY -> Ink.OK;
      case DEGRADED -> Ink.WARN;
      case DOWN -> Ink.BAD;
      case UNKNOWN -> Ink.UNKNOWN;
    };
  }

  /// Dimmed by search or filter, faded when stale or refused as a drop target.
  private static double alpha(PlacementViewModel vm, Set<PseudoClass> drag) {
    if (vm.dimmedProperty().get()) {
      return 0.22;
    }
    return vm.staleProperty().get() || drag.contains(PaintedBorder.DROP_REFUSED) ? 0.55 : 1;
  }
}
