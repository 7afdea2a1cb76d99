package dev.weft.state;

import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/// The gateway's HTTPRoute as it stands.
///
/// @param weights zone → percent of users' traffic (0–100), in fabric order
/// @param regionRoutes user region → zones its header-matched rule sends to, in order
/// @param health UNKNOWN while the connection is not LIVE; DOWN when the route is missing or
///     sends no traffic to any zone (every weight 0); else HEALTHY
/// @param problem why the gateway is DOWN, in words; empty otherwise
public record GatewaySnapshot(
    ConnectionState connection,
    SequencedMap<String, Integer> weights,
    Map<String, List<String>> regionRoutes,
    Health health,
    String problem) {

  /// A gateway whose health follows its connection alone (sample data).
  public GatewaySnapshot(
      ConnectionState connection,
      SequencedMap<String, Integer> weights,
      Map<String, List<String>> regionRoutes) {
    this(
        connection,
        weights,
        regionRoutes,
        connection.phase() == ConnectionPhase.LIVE ? Health.HEALTHY : Health.UNKNOWN,
        "");
  }
}
