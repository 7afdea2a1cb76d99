package dev.weft.ui.timeline;

import dev.weft.state.Health;
import java.time.Instant;

/// One line of the timeline: a health transition, a connection's trouble or recovery, or a
/// warning event (one line per warning, its count and time updated as Kubernetes aggregates it).
///
/// @param app the app, or empty for a zone's or the gateway's connection
/// @param health the new health (connections: HEALTHY back to live, UNKNOWN stale, DOWN
///     otherwise); `null` for warnings
/// @param key what makes two entries the same line (a warning's zone, object and reason)
public record TimelineEntry(
    Instant at, String zone, String app, Kind kind, Health health, String text, String key) {

  /// What happened.
  public enum Kind {
    TRANSITION,
    CONNECTION,
    WARNING,
    /// An action of the journal, applied at that moment (replay).
    ACTION
  }

  /// `app@zone`, or empty for connection entries (nothing to select on the map).
  public String placementId() {
    return app.isEmpty() ? "" : app + "@" + zone;
  }
}
