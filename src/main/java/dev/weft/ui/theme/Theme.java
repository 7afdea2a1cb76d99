package dev.weft.ui.theme;

import java.util.Objects;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Parent;

/// Weft's looks: one stylesheet of looked-up colours, light by default and dark with the `dark`
/// style class on the scene's root; `presentation` enlarges type for a room.
///
/// Threading: FX thread only.
public enum Theme {
  LIGHT,
  DARK;

  static final String STYLESHEET =
      Objects.requireNonNull(Theme.class.getResource("weft.css")).toExternalForm();

  /// Adds the stylesheet to `root` and sets the theme's style class.
  public void applyTo(Parent root) {
    if (!root.getStylesheets().contains(STYLESHEET)) {
      root.getStylesheets().add(STYLESHEET);
    }
    root.getStyleClass().remove("dark");
    if (this == DARK) {
      root.getStyleClass().add("dark");
    }
  }

  /// The theme matching the operating system's colour scheme right now.
  public static Theme fromSystem() {
    return Platform.getPreferences().getColorScheme() == ColorScheme.DARK ? DARK : LIGHT;
  }

  /// Parses `light`/`dark` (any case); anything else is `LIGHT`.
  public static Theme parse(String name) {
    return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
  }
}
