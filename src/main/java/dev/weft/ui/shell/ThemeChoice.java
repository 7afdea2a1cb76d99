package dev.weft.ui.shell;

/// The theme the user asked for: follow the operating system, or fixed.
public enum ThemeChoice {
  SYSTEM,
  LIGHT,
  DARK
}
