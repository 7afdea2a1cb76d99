package dev.weft.state;

import java.time.Instant;

/// A Deployment condition (Available, Progressing, ReplicaFailure).
public record ConditionSnapshot(
    String type, String status, String reason, String message, Instant lastTransition) {}
