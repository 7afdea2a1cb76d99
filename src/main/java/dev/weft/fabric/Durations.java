package dev.weft.fabric;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Durations as fabric files write them: a number and a unit, largest unit first, such as `60s`,
/// `10m` or `1h30m`. Units are `h`, `m` and `s`.
final class Durations {
  static final String HINT =
      "write whole numbers with units h, m, s, largest first: 60s, 10m, 1h30m";

  private static final Pattern FORMAT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private Durations() {}

  /// The duration `text` stands for, or empty when it is not a duration.
  static Optional<Duration> parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (text.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    try {
      Duration d = Duration.ZERO;
      d = m.group(1) == null ? d : d.plusHours(Long.parseLong(m.group(1)));
      d = m.group(2) == null ? d : d.plusMinutes(Long.parseLong(m.group(2)));
      d = m.group(3) == null ? d : d.plusSeconds(Long.parseLong(m.group(3)));
      return Optional.of(d);
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /// `d` the way a fabric file writes it: `90s` as `1m30s`.
  static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    if (d.toHours() > 0) {
      out.append(d.toHours()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      out.append(d.toMinutesPart()).append('m');
    }
    if (d.toSecondsPart() > 0) {
      out.append(d.toSecondsPart()).append('s');
    }
    return out.toString();
  }
}
