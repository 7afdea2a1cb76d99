package dev.weft.ui.timeline;

import dev.weft.state.Health;
import java.time.Instant;

/// One line of the timeline: a health transition or a warning event.
///
/// @param health the new health for transitions; `null` for warnings
public record TimelineEntry(
    Instant at, String zone, String app, Kind kind, Health health, String text) {

  /// What happened.
  public enum Kind {
    TRANSITION,
    WARNING
  }

  public String placementId() {
    return app + "@" + zone;
  }
}
