package dev.weft.cluster;

import java.time.Instant;

/// The few fields of a Pod that Weft keeps; everything else is dropped at the informer.
///
/// @param owner the app the pod seems to belong to: its `app.kubernetes.io/name` or `app`
///     label, else its ReplicaSet's name without the hash, else its own name without the last
///     two segments
/// @param waitingReason why a container waits (CrashLoopBackOff), or `null`
/// @param version the image tag of the pod's first container
/// @param lastRestartAt when a container last terminated, or `null`
/// @param status the STATUS `kubectl get pods` prints (see [Projections#status])
/// @param lastTermination how a container last ended ("Error, exit code 1"), or `null`
public record PodInfo(
    String name,
    String owner,
    String phase,
    boolean ready,
    int restarts,
    String waitingReason,
    Instant createdAt,
    String node,
    String version,
    Instant lastRestartAt,
    String status,
    String lastTermination) {

  /// A pod whose status is its waiting reason, else its phase.
  public PodInfo(
      String name,
      String owner,
      String phase,
      boolean ready,
      int restarts,
      String waitingReason,
      Instant createdAt,
      String node,
      String version,
      Instant lastRestartAt) {
    this(
        name,
        owner,
        phase,
        ready,
        restarts,
        waitingReason,
        createdAt,
        node,
        version,
        lastRestartAt,
        waitingReason != null ? waitingReason : phase,
        null);
  }
}
