package dev.weft.ui.inspector;

import dev.weft.state.PodSnapshot;
import java.time.Duration;
import java.time.Instant;

/// One row of the pods table, with the age worked out for display and sorting.
public record PodRow(
    String name,
    String phase,
    boolean ready,
    int restarts,
    String version,
    String node,
    long ageSeconds,
    String reason) {

  static PodRow of(PodSnapshot pod, Instant now) {
    return new PodRow(
        pod.name(),
        pod.phase(),
        pod.ready(),
        pod.restarts(),
        pod.version(),
        pod.node(),
        Math.max(0, Duration.between(pod.createdAt(), now).toSeconds()),
        pod.waitingReason().orElse(pod.lastWarning().orElse("")));
  }

  /// Kubernetes-style age: `45s`, `12m`, `3h`, `2d`.
  public String age() {
    long s = ageSeconds;
    if (s < 120) {
      return s + "s";
    }
    if (s < 7200) {
      return s / 60 + "m";
    }
    return s < 172800 ? s / 3600 + "h" : s / 86400 + "d";
  }
}
