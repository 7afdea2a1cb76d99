package dev.weft.state;

import java.util.SequencedMap;

/// One zone at one moment: its connection and every placement in it, in fabric order.
public record ZoneSnapshot(
    String name,
    ConnectionState connection,
    Health health,
    SequencedMap<String, PlacementSnapshot> placements) {}
