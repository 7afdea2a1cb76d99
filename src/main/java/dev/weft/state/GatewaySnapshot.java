package dev.weft.state;

import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/// The gateway's HTTPRoute as it stands.
///
/// @param weights zone → percent of users' traffic (0–100), in fabric order
/// @param regionRoutes user region → zones its header-matched rule sends to, in order
public record GatewaySnapshot(
    ConnectionState connection,
    SequencedMap<String, Integer> weights,
    Map<String, List<String>> regionRoutes) {}
