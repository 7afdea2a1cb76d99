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
    Instant lastRestartAt) {}
