package dev.weft.fabric;

import java.time.Duration;

/// What a canary must show before it is promoted.
///
/// @param minReadyRatio ready pods over desired pods, 0 to 1
/// @param maxRestarts container restarts tolerated during the soak
/// @param maxWarningEvents warning events tolerated during the soak
/// @param soak how long the canary must stay within the gates
/// @param deadline how long the canary may take to pass before it fails
public record HealthGates(
    double minReadyRatio, int maxRestarts, int maxWarningEvents, Duration soak, Duration deadline) {

  public static HealthGates defaults() {
    return new HealthGates(1.0, 0, 0, Duration.ofSeconds(60), Duration.ofMinutes(10));
  }
}
