package dev.weft.ui.canary;

/// Reads the numbers gate readings carry as text (`0.67`, `2`, `12s`). Stateless.
final class Numbers {
  private Numbers() {}

  /// The leading decimal of `text`, or 0 when there is none.
  static double decimal(String text) {
    int end = 0;
    while (end < text.length()
        && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    try {
      return end == 0 ? 0 : Double.parseDouble(text.substring(0, end));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
