package dev.weft;

import dev.weft.cli.WeftCommand;
import dev.weft.ui.shell.WeftWindow;

/// Composition root and entry point of `weft`: wires the command line to the window and runs one
/// command; with no command, opens the window and returns when it closes.
///
/// Kept free of JavaFX types so that `java -jar weft.jar` starts even though the JavaFX jars sit
/// on the class path rather than the module path.
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(WeftCommand.commandLine(WeftWindow::open).execute(args));
  }
}
