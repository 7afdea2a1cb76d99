package dev.weft.action.canary;

import dev.weft.fabric.HealthGates;

/// What a user asks to start. Immutable.
///
/// @param image the new image, or just a tag (`2.1`): then the stable image's tag is replaced
/// @param zone the canary zone, or `null` for the first of `canary.order`
/// @param replicas the canary's size
/// @param gates the gates of this run, or `null` for the fabric's `canary.gates`
public record StartRequest(
    String app, String image, String zone, int replicas, HealthGates gates, String reason) {}
