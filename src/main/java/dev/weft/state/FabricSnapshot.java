package dev.weft.state;

import dev.weft.fabric.Fabric;
import java.time.Instant;
import java.util.SequencedMap;

/// The whole fabric at one moment. Immutable; a new one is made for every applied change.
///
/// @param version increases by one with every applied change; lets a listener skip repeats
public record FabricSnapshot(
    Fabric fabric,
    long version,
    Instant at,
    SequencedMap<String, ZoneSnapshot> zones,
    GatewaySnapshot gateway) {}
