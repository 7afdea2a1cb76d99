package dev.weft;

import dev.weft.cli.Desktop;
import dev.weft.cli.StartupTrace;
import dev.weft.cli.UiBenchmark;
import dev.weft.cli.WeftCommand;
import dev.weft.ui.Messages;
import dev.weft.ui.bench.BenchUi;
import dev.weft.ui.export.MapRenderer;
import dev.weft.ui.overview.MatrixRenderer;
import dev.weft.ui.shell.WeftWindow;
import dev.weft.ui.theme.Theme;
import java.io.PrintStream;
import java.util.List;

/// Composition root and entry point of `weft`: wires the command line to the window, the map
/// export and the live model, then runs one command; with no command, opens the window on the
/// embedded demo fabric and returns when it closes.
///
/// Kept free of JavaFX types so that `java -jar weft.jar` starts even though the JavaFX jars sit
/// on the class path rather than the module path.
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StartupTrace.mark("main");
    Desktop desktop =
        new Desktop(
            new dev.weft.cli.WindowLauncher() {
              @Override
              public int open(java.nio.file.Path fabricFile) {
                return WeftWindow.open(fabricFile, new LiveSessions());
              }

              @Override
              public int openRecording(java.nio.file.Path recording) {
                return WeftWindow.openRecording(recording, new LiveSessions());
              }
            },
            (snapshot, dark, matrix, width, out) -> {
              Theme theme = dark ? Theme.DARK : Theme.LIGHT;
              if (matrix) {
                MatrixRenderer.renderPng(snapshot, theme, width, out);
              } else {
                MapRenderer.renderPng(snapshot, theme, width, out);
              }
            },
            Main::benchUi);
    var commandLine = WeftCommand.commandLine(desktop, args);
    StartupTrace.mark("command line built");
    int code = commandLine.execute(args);
    StartupTrace.mark("done");
    System.exit(code);
  }

  /// Runs the UI benchmark; exit code 0 when every busy cell meets its targets: at 10 zones ×
  /// 50 apps or fewer a frame interval p99 ≤ 16.7 ms and event-to-pixel p99 ≤ 100 ms, above it
  /// an interval p99 ≤ 33 ms; 1 otherwise; 2 when `--glass desktop` finds no display. `--idle`
  /// prints its figures and exits 0.
  private static int benchUi(UiBenchmark.Request r, PrintStream out) {
    if (r.glass().equals("desktop")) {
      String why = WeftWindow.whyNoDisplay(System.getenv(), System.getProperty("os.name", ""));
      if (why != null) {
        return noDesktopGlass(why);
      }
    }
    List<BenchUi.Cell> cells;
    try {
      cells = runBenchUi(r, out);
    } catch (UnsupportedOperationException glassFailed) {
      // JavaFX's own words: "Unable to open DISPLAY", "Unable to load glass GTK library".
      return noDesktopGlass(glassFailed.getMessage());
    }
    boolean met = true;
    for (BenchUi.Cell c : cells) {
      if (c.rate() == 0) {
        continue;
      }
      boolean small = c.zones() * c.apps() <= 500;
      met &= c.figures().intervalP99() <= (small ? 16.7 : 33.4);
      met &= !small || c.figures().e2pP99() <= 100;
    }
    return met ? 0 : 1;
  }

  private static int noDesktopGlass(String why) {
    System.err.println("weft bench ui: --glass desktop cannot open a window: " + why);
    System.err.println(Messages.get("bench.noDesktopGlassHint"));
    return 2;
  }

  private static List<BenchUi.Cell> runBenchUi(UiBenchmark.Request r, PrintStream out) {
    return BenchUi.run(
        new BenchUi.Options(
            r.demo(),
            r.sizes(),
            r.rates(),
            r.duration(),
            r.idle(),
            r.replicas(),
            r.view(),
            r.glass(),
            r.warmup(),
            r.floor()),
        out);
  }
}
