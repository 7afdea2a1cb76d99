package dev.weft.ui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.transform.Affine;

/// Draws text on a map canvas in the canvas's own pixels, with the font scaled by the zoom,
/// rather than in map coordinates under a scaling transform. Under a scaling transform software
/// rendering draws every glyph as an outline, each time (the most expensive thing a busy frame
/// painted); unscaled, glyphs come from the glyph cache as masks, and are hinted at the size they
/// are shown.
///
/// Threading: FX thread only.
final class DeviceText {
  private final Affine toDevice = new Affine();
  private final Map<Font, Font> scaled = new HashMap<>();
  private double scale = 1;

  /// As `gc.fillText(text, x, y)` in `font`, with the context's alignment, baseline and fill.
  void fill(GraphicsContext gc, Font font, String text, double x, double y) {
    gc.getTransform(toDevice);
    double s = toDevice.getMxx();
    if (s == 1 || s != toDevice.getMyy() || toDevice.getMxy() != 0 || toDevice.getMyx() != 0) {
      gc.setFont(font);
      gc.fillText(text, x, y);
      return;
    }
    if (s != scale) {
      scale = s;
      scaled.clear();
    }
    // The full name keeps the face (bold, mono); only the size follows the zoom.
    gc.setFont(scaled.computeIfAbsent(font, f -> new Font(f.getName(), f.getSize() * s)));
    gc.setTransform(1, 0, 0, 1, 0, 0);
    gc.fillText(text, toDevice.getTx() + x * s, toDevice.getTy() + y * s);
    gc.setTransform(toDevice);
  }
}
