package dev.weft.state;

import java.time.Instant;
import java.util.Optional;

/// One pod as Weft keeps it: only the fields the map and inspector show.
///
/// @param phase Kubernetes pod phase (Pending, Running, Succeeded, Failed, Unknown)
/// @param waitingReason why a container waits (CrashLoopBackOff, ImagePullBackOff), or empty
/// @param version the image tag of the app's container
public record PodSnapshot(
    String name,
    String phase,
    boolean ready,
    int restarts,
    Optional<String> waitingReason,
    Instant createdAt,
    String node,
    String version,
    Optional<String> lastWarning) {}
