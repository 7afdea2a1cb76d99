package dev.weft;

import dev.weft.cli.Desktop;
import dev.weft.cli.WeftCommand;
import dev.weft.ui.bench.BenchUi;
import dev.weft.ui.export.MapRenderer;
import dev.weft.ui.overview.MatrixRenderer;
import dev.weft.ui.shell.WeftWindow;
import dev.weft.ui.theme.Theme;
import java.io.PrintStream;
import java.time.Duration;

/// Composition root and entry point of `weft`: wires the command line to the window, the map
/// export and the live model, then runs one command; with no command, opens the window on the
/// embedded demo fabric and returns when it closes.
///
/// Kept free of JavaFX types so that `java -jar weft.jar` starts even though the JavaFX jars sit
/// on the class path rather than the module path.
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Desktop desktop =
        new Desktop(
            fabricFile -> WeftWindow.open(fabricFile, new LiveSessions()),
            (snapshot, dark, matrix, width, out) -> {
              Theme theme = dark ? Theme.DARK : Theme.LIGHT;
              if (matrix) {
                MatrixRenderer.renderPng(snapshot, theme, width, out);
              } else {
                MapRenderer.renderPng(snapshot, theme, width, out);
              }
            },
            Main::benchUi);
    System.exit(WeftCommand.commandLine(desktop).execute(args));
  }

  /// Runs the UI benchmark; exit code 0 when it meets its targets (frame p99 ≤ 16.7 ms,
  /// event-to-pixel p99 ≤ 100 ms), 1 otherwise.
  private static int benchUi(Duration duration, int rate, PrintStream out) {
    BenchUi.Result result = BenchUi.run(duration, rate, out);
    return result.frameP99() <= 16.7 && result.e2pP99() <= 100 ? 0 : 1;
  }
}
