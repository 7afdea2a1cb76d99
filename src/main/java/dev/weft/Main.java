package dev.weft;

import dev.weft.cli.WeftCommand;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.ui.shell.WeftWindow;
import java.nio.file.Path;

/// Composition root and entry point of `weft`: wires the command line to the window and runs one
/// command; with no command, opens the window and returns when it closes.
///
/// Kept free of JavaFX types so that `java -jar weft.jar` starts even though the JavaFX jars sit
/// on the class path rather than the module path.
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(WeftCommand.commandLine(Main::openWindow).execute(args));
  }

  /// Opens the window on `fabricFile`; with none, on an in-process demo fabric, reached (like any
  /// fabric) through the kubeconfig and fabric file it writes to a temporary directory.
  private static int openWindow(Path fabricFile) {
    if (fabricFile != null) {
      return WeftWindow.open(fabricFile);
    }
    try (RunningDemo demo = DemoFabric.start(DemoOptions.defaults())) {
      return WeftWindow.open(demo.fabricFile());
    }
  }
}
