package dev.weft.cli;

import java.io.PrintStream;
import java.time.Duration;

/// Runs `weft bench ui` (a headless window under synthetic load) and prints its figures.
/// Injected by the composition root, so the command line never depends on the user interface.
@FunctionalInterface
public interface UiBenchmark {
  /// @return the exit code: 0 when every target is met, 1 otherwise
  int run(Duration duration, int eventsPerSecond, PrintStream out);
}
