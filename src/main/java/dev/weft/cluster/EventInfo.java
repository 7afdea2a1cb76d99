package dev.weft.cluster;

import java.time.Instant;

/// A Warning event, as Weft keeps it.
///
/// @param kind the involved object's kind (Pod, Deployment, ReplicaSet)
/// @param objectName the involved object's name
public record EventInfo(
    String name,
    Instant at,
    String kind,
    String objectName,
    String reason,
    String message,
    int count) {}
