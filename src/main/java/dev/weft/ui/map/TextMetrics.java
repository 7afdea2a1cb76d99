package dev.weft.ui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/// Widths and line heights of painted text, measured once per font and string: a busy map
/// repeats the same names, tags and counts, and measuring is what a label's layout cost.
///
/// Threading: FX thread only.
final class TextMetrics {
  private static final int LIMIT = 8192;
  private final Text probe = new Text();
  private final Map<Font, Map<String, Double>> widths = new HashMap<>();
  private final Map<Font, Double> heights = new HashMap<>();

  double width(Font font, String text) {
    Map<String, Double> byText = widths.computeIfAbsent(font, f -> new HashMap<>());
    Double w = byText.get(text);
    if (w == null) {
      if (byText.size() > LIMIT) {
        byText.clear();
      }
      probe.setFont(font);
      probe.setText(text);
      w = probe.getLayoutBounds().getWidth();
      byText.put(text, w);
    }
    return w;
  }

  /// The height a label of one line in `font` has (without padding).
  double lineHeight(Font font) {
    return heights.computeIfAbsent(
        font,
        f -> {
          probe.setFont(f);
          probe.setText("Ag");
          return Math.ceil(probe.getLayoutBounds().getHeight());
        });
  }

  /// `text` cut with "…" so that it fits `max` wide (as a label does when space runs out).
  String fit(Font font, String text, double max) {
    if (width(font, text) <= max) {
      return text;
    }
    for (int n = text.length() - 1; n > 0; n--) {
      String cut = text.substring(0, n) + "\u2026";
      if (width(font, cut) <= max) {
        return cut;
      }
    }
    return "";
  }
}
