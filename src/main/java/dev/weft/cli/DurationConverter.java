package dev.weft.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Reads durations as people write them: `500ms`, `10s`, `2m`, `1h`, at most [#MAX] (a longer
/// wait is a typo, and would overflow the clocks that wait for it).
final class DurationConverter implements ITypeConverter<Duration> {
  static final Duration MAX = Duration.ofHours(24);
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    Matcher m = FORM.matcher(value.trim());
    if (!m.matches()) {
      throw new TypeConversionException(
          value.trim().matches("\\d{10,}\\s*(ms|s|m|h)")
              ? tooLong(value)
              : "'" + cut(value) + "' is not a duration; write e.g. 500ms, 10s, 2m");
    }
    long n = Long.parseLong(m.group(1));
    Duration duration =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
    if (duration.compareTo(MAX) > 0) {
      throw new TypeConversionException(tooLong(value));
    }
    return duration;
  }

  private static String tooLong(String value) {
    return "'" + cut(value) + "' is too long; at most 24h";
  }

  /// What the user typed, on one line and short: never echo a whole pasted file.
  private static String cut(String value) {
    String line = value.strip().replaceAll("\\s+", " ");
    return line.length() > 40 ? line.substring(0, 37) + "..." : line;
  }
}
