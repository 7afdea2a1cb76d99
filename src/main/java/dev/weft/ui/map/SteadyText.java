package dev.weft.ui.map;

import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.util.Duration;

/// Copies a changing text to a label at most a few times a second: a change after a quiet
/// spell shows at once, changes within [#QUIET] of it show together at its end. A lane's
/// "50 apps · 2 down · 46 degraded" changed every frame of a pod storm, faster than anyone
/// reads, and each change redrew the lane's header.
///
/// Threading: FX thread only.
final class SteadyText {
  static final Duration QUIET = Duration.millis(250);

  private SteadyText() {}

  static void follow(StringProperty target, ObservableStringValue source) {
    target.set(source.get());
    PauseTransition quiet = new PauseTransition(QUIET);
    quiet.setOnFinished(
        e -> {
          if (!target.get().equals(source.get())) {
            target.set(source.get());
            quiet.playFromStart();
          }
        });
    source.addListener(
        (o, a, b) -> {
          if (quiet.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            target.set(b);
            quiet.playFromStart();
          }
        });
  }
}
