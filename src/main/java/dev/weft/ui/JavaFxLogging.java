package dev.weft.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

/// Silences JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed
/// module'" warning. Weft runs JavaFX from the class path on purpose (`java -jar weft.jar`, the
/// installers), so the warning would only alarm users.
///
/// Threading: call before JavaFX starts, from any thread.
public final class JavaFxLogging {
  // Held so the logger, and with it the level, is not collected. JavaFX logs through its
  // platform logger named "javafx".
  private static final Logger JAVAFX = Logger.getLogger("javafx");

  private JavaFxLogging() {}

  public static void quiet() {
    JAVAFX.setLevel(Level.SEVERE);
  }
}
