package dev.weft.ui.bench;

import java.util.Arrays;

/// A growable list of durations in nanoseconds with percentiles in milliseconds.
///
/// Threading: not thread-safe; fill and read on one thread.
final class Percentiles {
  private long[] values = new long[1024];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  /// The `p`-th percentile (0–100) in milliseconds; 0 when empty.
  double millis(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, index))] / 1_000_000.0;
  }
}
