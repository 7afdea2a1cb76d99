package dev.weft.state;

import java.time.Instant;
import java.util.Optional;

/// One pod as Weft keeps it: only the fields the map and inspector show.
///
/// @param phase Kubernetes pod phase (Pending, Running, Succeeded, Failed, Unknown)
/// @param waitingReason why a container waits (CrashLoopBackOff, ImagePullBackOff), or empty
/// @param version the image tag of the app's container
/// @param status what `kubectl get pods` shows as STATUS: a container's waiting or terminated
///     reason (CrashLoopBackOff, Error, OOMKilled), Terminating, else the phase
/// @param lastTermination how a container last ended, e.g. "Error, exit code 1"; empty if never
/// @param lastRestartAt when a container last ended, if one did
public record PodSnapshot(
    String name,
    String phase,
    boolean ready,
    int restarts,
    Optional<String> waitingReason,
    Instant createdAt,
    String node,
    String version,
    Optional<String> lastWarning,
    String status,
    Optional<String> lastTermination,
    Optional<Instant> lastRestartAt) {

  /// A pod whose status is its waiting reason, else its phase (sample and synthetic data).
  public PodSnapshot(
      String name,
      String phase,
      boolean ready,
      int restarts,
      Optional<String> waitingReason,
      Instant createdAt,
      String node,
      String version,
      Optional<String> lastWarning) {
    this(
        name,
        phase,
        ready,
        restarts,
        waitingReason,
        createdAt,
        node,
        version,
        lastWarning,
        waitingReason.orElse(phase == null ? "Unknown" : phase),
        Optional.empty(),
        Optional.empty());
  }
}
