package dev.weft.record;

import java.time.Duration;

/// How much a recording keeps: the last `maxAge` of recorded time and at most `maxBytes` of
/// file, whichever is smaller. Older data goes whole (a keyframe and its deltas), oldest first.
public record Retention(Duration maxAge, long maxBytes) {
  public static final Retention DEFAULT = new Retention(Duration.ofHours(24), 1L << 30);

  public Retention {
    if (maxAge.isNegative() || maxAge.isZero() || maxBytes <= 0) {
      throw new IllegalArgumentException("retention must be positive");
    }
  }

  public Retention withMaxAge(Duration age) {
    return new Retention(age, maxBytes);
  }
}
