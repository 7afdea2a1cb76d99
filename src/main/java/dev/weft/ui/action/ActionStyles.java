package dev.weft.ui.action;

import java.util.Objects;

/// The stylesheet of the action views (drop targets, drained lanes, the preview, the journal),
/// added beside the theme's so its looked-up colours apply.
final class ActionStyles {
  static final String STYLESHEET =
      Objects.requireNonNull(ActionStyles.class.getResource("action.css")).toExternalForm();

  private ActionStyles() {}
}
