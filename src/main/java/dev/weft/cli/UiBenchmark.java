package dev.weft.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/// Runs `weft bench ui` (a headless window under load) and prints its figures. Injected by the
/// composition root, so the command line never depends on the user interface.
@FunctionalInterface
public interface UiBenchmark {
  /// What to measure: `demo` drives the embedded demo's API instead of the synthetic feed;
  /// `sizes` are zones × apps; `idle` measures CPU and heap of a window with no events; `glass`:
  /// "headless" (JavaFX's headless platform) or "desktop" (the system's, on a display).
  record Request(
      boolean demo,
      List<int[]> sizes,
      List<Integer> rates,
      Duration duration,
      boolean idle,
      int replicas,
      String view,
      String glass,
      Duration warmup,
      boolean floor) {}

  /// @return the exit code: 0 when every target is met, 1 otherwise
  int run(Request request, PrintStream out);
}
