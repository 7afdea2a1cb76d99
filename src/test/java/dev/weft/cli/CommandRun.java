package dev.weft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/// Runs `weft` commands as the terminal would, capturing what they print. No window may open.
final class CommandRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    var commandLine =
        WeftCommand.commandLine(
            fabric -> {
              throw new AssertionError("no window in this test");
            });
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
