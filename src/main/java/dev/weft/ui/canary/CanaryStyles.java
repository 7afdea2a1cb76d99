package dev.weft.ui.canary;

import java.util.Objects;

/// The stylesheet of the canary panel and badges, added beside the theme's so its looked-up
/// colours apply.
final class CanaryStyles {
  static final String STYLESHEET =
      Objects.requireNonNull(CanaryStyles.class.getResource("canary.css")).toExternalForm();

  private CanaryStyles() {}
}
