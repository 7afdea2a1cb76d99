package dev.weft.ui.canary;

import java.util.List;
import java.util.function.Consumer;

/// The panel's dialogs, so the view model is tested without a stage: the window shows real
/// ones, a test answers at once.
///
/// Threading: FX thread only.
public interface CanaryDialogs {
  /// Asks what to start; calls `start` with the answer, or never when cancelled.
  void askStart(StartForm defaults, Consumer<StartAnswer> start);

  /// Shows what a command will do and who may do it; runs `confirmed` on confirmation only.
  void confirm(String title, List<String> preview, Runnable confirmed);

  /// What the user filled in the Start dialog. Immutable.
  record StartAnswer(String image, String zone, int replicas, java.time.Duration soak) {}
}
