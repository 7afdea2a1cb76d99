package dev.weft.cli;

import java.io.PrintWriter;

/// Thrown when standard output is gone (the reader of a pipe exited): nobody reads what a
/// command prints any more, so it ends. The harness turns it into
/// [ExitCodes#OUTPUT_CLOSED] without a word (there is nobody to tell).
final class OutputClosed extends RuntimeException {
  private OutputClosed() {
    super("standard output is closed", null, false, false);
  }

  /// Prints `text` and flushes; throws when the output cannot take it. A `PrintWriter` (and
  /// `System.out` under it) swallows write errors, so without this a loop printing into a
  /// closed pipe would run forever.
  static void println(PrintWriter out, String text) {
    out.println(text);
    if (out.checkError()) {
      throw new OutputClosed();
    }
  }
}
