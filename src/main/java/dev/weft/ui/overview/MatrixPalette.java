package dev.weft.ui.overview;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/// The matrix's colours, taken from the stylesheet: one empty region per ink, styled
/// `.matrix-ink.<name>`, whose background the canvas reads. So the canvas follows the theme (and
/// any later change of it) like every node does, and colours stay in CSS only.
///
/// Threading: FX thread only.
final class MatrixPalette {
  enum Ink {
    HEALTHY,
    DEGRADED,
    DOWN,
    UNKNOWN,
    CANARY,
    REROUTE,
    TEXT,
    MUTED,
    SURFACE,
    STRIPE,
    GRID,
    ACCENT,
    ON_STRONG
  }

  private final Map<Ink, Region> swatches = new EnumMap<>(Ink.class);

  /// @param onChange called when a colour changes (a theme switch), to redraw everything
  MatrixPalette(Runnable onChange) {
    for (Ink ink : Ink.values()) {
      Region r = new Region();
      r.getStyleClass().addAll("matrix-ink", ink.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      // Zero-sized and unmanaged: styled like any node, never drawn, never laid out.
      r.setManaged(false);
      r.setMouseTransparent(true);
      r.backgroundProperty().addListener((o, a, b) -> onChange.run());
      swatches.put(ink, r);
    }
  }

  /// The regions to add to the scene graph, so that CSS reaches them.
  java.util.Collection<Region> swatches() {
    return swatches.values();
  }

  Color color(Ink ink) {
    return dev.weft.ui.theme.SwatchColor.of(swatches.get(ink));
  }
}
