package dev.weft.cli;

import java.nio.file.Path;

/// Opens Weft's window and blocks until it closes. Injected by the composition root so that the
/// command line never depends on the user interface.
@FunctionalInterface
public interface WindowLauncher {
  /// @param fabricFile the fabric to open, or `null` for the embedded demo fabric
  /// @return the process exit code
  int open(Path fabricFile);

  /// Opens the window on a recording alone (`weft open --recording FILE`), in replay.
  ///
  /// @return the process exit code
  default int openRecording(Path recording) {
    System.err.println("weft: this build cannot open a recording in a window");
    return 1;
  }
}
