package dev.weft.cli;

import dev.weft.action.Actions;
import dev.weft.action.canary.CanaryEngine;
import dev.weft.fabric.Fabric;
import java.io.Console;
import java.io.PrintWriter;
import java.util.function.BiFunction;

/// Opens a fabric's actions and canary engine for one `weft canary` command, prints the
/// release's notices on standard error as they happen, and asks before a change. Blocks.
final class CanaryRunner {
  private CanaryRunner() {}

  /// Runs `body` with the engine; a fabric file that cannot be read is a usage error.
  static int run(
      CanaryFlags flags, PrintWriter err, BiFunction<Fabric, CanaryEngine, Integer> body) {
    Fabric fabric = ActionRunner.fabric(flags.file, err);
    if (fabric == null) {
      return ExitCodes.USAGE;
    }
    try (Actions actions = ActionRunner.open(fabric, flags.journal)) {
      CanaryEngine engine = new CanaryEngine(actions);
      engine.onNotice(
          line -> {
            err.println("… " + line);
            err.flush();
          });
      return body.apply(fabric, engine);
    }
  }

  /// Whether to go ahead: `--yes`, or "y" typed on a terminal; without a terminal and without
  /// `--yes`, no (and says so).
  static boolean confirmed(boolean yes, PrintWriter err) {
    if (yes) {
      return true;
    }
    Console console = System.console();
    if (console == null) {
      err.println("weft: not on a terminal: add --yes to go ahead (nothing changed)");
      return false;
    }
    String answer = console.readLine("Go ahead? [y/N] ");
    boolean go =
        answer != null
            && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    if (!go) {
      err.println("weft: cancelled; nothing changed");
    }
    return go;
  }
}
