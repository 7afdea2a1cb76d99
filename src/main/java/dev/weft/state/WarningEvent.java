package dev.weft.state;

import java.time.Instant;

/// A Kubernetes Warning event about an object of a placement.
///
/// @param object kind/name, e.g. `Pod/app2-7d9f-abcde`
public record WarningEvent(
    Instant at, String zone, String app, String object, String reason, String message, int count) {}
