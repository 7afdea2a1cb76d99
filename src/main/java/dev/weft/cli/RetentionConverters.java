package dev.weft.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Reads how much a recording keeps: an age (`90m`, `24h`, `7d`, at most 366 days) and a size
/// (`500MiB`, `1GiB`, at least 1 MiB). Stateless.
final class RetentionConverters {
  private RetentionConverters() {}

  static final class Age implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*(m|h|d)");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.trim());
      if (!m.matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not an age to keep; write e.g. 90m, 24h, 7d");
      }
      long n = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      if (d.isZero() || d.compareTo(Duration.ofDays(366)) > 0) {
        throw new TypeConversionException("'" + value + "' must be between 1m and 366d");
      }
      return d;
    }
  }

  static final class Size implements ITypeConverter<Long> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,7})\\s*(MiB|GiB)");

    @Override
    public Long convert(String value) {
      Matcher m = FORM.matcher(value.trim());
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new TypeConversionException(
            "'" + value + "' is not a size to keep; write e.g. 500MiB, 1GiB");
      }
      return Long.parseLong(m.group(1)) << (m.group(2).equals("GiB") ? 30 : 20);
    }
  }
}
