package dev.weft.ui.theme;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/// Canvases paint with colours that the stylesheet gives to hidden swatch regions, so themes
/// reach what no node draws. Reads a swatch's colour.
///
/// Threading: FX thread only.
public final class SwatchColor {
  private SwatchColor() {}

  /// The first background fill of `swatch` when CSS made it a colour; grey before CSS ran.
  public static Color of(Region swatch) {
    var bg = swatch.getBackground();
    if (bg != null && !bg.getFills().isEmpty()) {
      Paint fill = bg.getFills().getFirst().getFill();
      if (fill instanceof Color c) {
        return c;
      }
    }
    return Color.GRAY;
  }
}
