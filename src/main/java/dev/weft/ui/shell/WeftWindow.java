package dev.weft.ui.shell;

import java.nio.file.Path;
import javafx.application.Application;

/// Opens Weft's main window. [#open] blocks until the window closes, as the command line expects.
public final class WeftWindow {
  private WeftWindow() {}

  /// Launches JavaFX and shows the window on `fabricFile` (or the demo fabric when `null`).
  public static int open(Path fabricFile) {
    WeftApplication.initialFabric = fabricFile;
    Application.launch(WeftApplication.class);
    return 0;
  }
}
