package dev.weft.action.canary;

import java.time.Instant;

/// What one zone shows of the pods being judged, read from live objects. Immutable.
///
/// @param noData why nothing can be judged (zone unreachable, no pods yet), or `null`
/// @param desired pods asked for (the canary's replicas, or the stable Deployment's)
/// @param ready ready pods running the new image
/// @param restarts container restarts of those pods
/// @param warnings Warning events on those pods or the Deployment since the step started
/// @param rolledOut the Deployment's rollout is complete (always true for the canary itself)
/// @param deadlineExceeded Progressing is False with ProgressDeadlineExceeded
public record Observation(
    String noData,
    int desired,
    int ready,
    int restarts,
    int warnings,
    boolean rolledOut,
    boolean deadlineExceeded,
    Instant at) {

  static Observation none(String why, Instant at) {
    return new Observation(why, 0, 0, 0, 0, false, false, at);
  }
}
