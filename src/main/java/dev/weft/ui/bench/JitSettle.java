package dev.weft.ui.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/// Waits, after a warm-up, until the JIT compiler has settled under the load: 8 s into a pod
/// storm its compiler threads still used 27–83 % of a core of this 2-core machine, taken from
/// the FX and render threads, and how far it had got decided a run's figures more than the
/// code measured did. A window left open has long passed that point.
///
/// Threading: blocks the calling thread.
final class JitSettle {
  /// Settled: compiling less than this share of one core over one [#WINDOW].
  static final double SHARE = 0.10;

  static final Duration WINDOW = Duration.ofSeconds(2);

  /// At most this long beyond the warm-up asked for: a load that keeps the compiler busy
  /// (deoptimizing and compiling again) is measured anyway, and the line says so.
  static final Duration AT_MOST = Duration.ofSeconds(60);

  /// How the wait went: seconds of warm-up in all, and whether the compiler settled.
  record Result(double seconds, boolean settled) {}

  private JitSettle() {}

  /// Sleeps `warmup`, then until the compiler settles (at most [#AT_MOST] more).
  static Result await(Duration warmup) {
    long start = System.nanoTime();
    BenchUi.sleep(warmup);
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return new Result((System.nanoTime() - start) / 1e9, false);
    }
    long deadline = System.nanoTime() + AT_MOST.toNanos();
    while (true) {
      long compiled0 = jit.getTotalCompilationTime();
      long wall0 = System.nanoTime();
      BenchUi.sleep(WINDOW);
      double share =
          (jit.getTotalCompilationTime() - compiled0) / ((System.nanoTime() - wall0) / 1e6);
      boolean settled = share < SHARE;
      if (settled || System.nanoTime() > deadline) {
        return new Result((System.nanoTime() - start) / 1e9, settled);
      }
    }
  }
}
