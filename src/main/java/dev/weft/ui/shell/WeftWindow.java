package dev.weft.ui.shell;

import dev.weft.ui.FabricSessions;
import dev.weft.ui.JavaFxLogging;
import dev.weft.ui.Messages;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;

/// Opens Weft's main window. [#open] blocks until the window closes, as the command line expects.
public final class WeftWindow {
  private WeftWindow() {}

  /// Launches JavaFX and shows the window on `fabricFile` (or the demo fabric when `null`),
  /// with sessions made by `sessions` (the live model and the embedded demo).
  ///
  /// @return 0 once the window closes; 1 when no window can be opened (no display), said on
  ///     standard error without a stack trace
  public static int open(Path fabricFile, FabricSessions sessions) {
    return open(fabricFile, null, sessions);
  }

  /// Launches the window on `recording` alone, in replay (no live fabric).
  public static int openRecording(Path recording, FabricSessions sessions) {
    return open(null, recording, sessions);
  }

  private static int open(Path fabricFile, Path recording, FabricSessions sessions) {
    String noDisplay = whyNoDisplay(System.getenv(), System.getProperty("os.name", ""));
    if (noDisplay != null) {
      System.err.println("weft: cannot open a window: " + noDisplay);
      System.err.println(Messages.get("window.noDisplayHint"));
      return 1;
    }
    JavaFxLogging.quiet();
    WeftApplication.initialFabric = fabricFile;
    WeftApplication.initialRecording = recording;
    WeftApplication.sessions = sessions;
    try {
      Application.launch(WeftApplication.class);
      return 0;
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      System.err.println("weft: cannot open a window: " + cause.getMessage());
      System.err.println(Messages.get("window.noDisplayHint"));
      return 1;
    }
  }

  /// Why a window cannot open on this machine, or `null` when it may. Only Linux and the BSDs
  /// need a display server named in the environment; Headless glass needs none.
  public static String whyNoDisplay(Map<String, String> env, String osName) {
    boolean x11OrWayland = !osName.startsWith("Windows") && !osName.startsWith("Mac");
    boolean headless = "Headless".equals(System.getProperty("glass.platform"));
    if (!x11OrWayland
        || headless
        || env.containsKey("DISPLAY")
        || env.containsKey("WAYLAND_DISPLAY")) {
      return null;
    }
    return "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)";
  }
}
