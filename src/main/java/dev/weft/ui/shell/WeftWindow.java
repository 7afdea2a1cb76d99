package dev.weft.ui.shell;

import dev.weft.ui.FabricSessions;
import dev.weft.ui.sample.SampleSessions;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;

/// Opens Weft's main window. [#open] blocks until the window closes, as the command line expects.
public final class WeftWindow {
  private WeftWindow() {}

  /// Launches JavaFX and shows the window on `fabricFile` (or the demo fabric when `null`),
  /// with sessions made by `sessions` (the live model and the embedded demo).
  public static int open(Path fabricFile, FabricSessions sessions) {
    WeftApplication.initialFabric = fabricFile;
    WeftApplication.sessions = sessions;
    Application.launch(WeftApplication.class);
    return 0;
  }

  /// As [#open(Path, FabricSessions)] with sample sessions, until the live model is wired.
  public static int open(Path fabricFile) {
    return open(fabricFile, new SampleSessions(Clock.systemUTC()));
  }
}
