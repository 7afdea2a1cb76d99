package dev.weft.action;

import java.time.Instant;

/// A failover in force, as the clusters record it (annotations on the changed object), so every
/// Weft and kubectl sees the same list. Immutable.
///
/// @param operationId the operation that made it
/// @param kind `drain` (a zone drained at the gateway) or `reroute` (a dependency's Service)
/// @param zone the drained zone, or the zone whose calls are rerouted
/// @param app the rerouted app; `null` for a drain
/// @param target where traffic goes instead (`sh-1`), or `null` for a proportional drain
/// @param by the kubeconfig user who did it
/// @param at when
/// @param reason the reason given, or empty
public record InForce(
    String operationId,
    String kind,
    String zone,
    String app,
    String target,
    String by,
    Instant at,
    String reason) {

  /// `drain gz-1 by alice at 14:02:11Z (op …)`.
  public String describe() {
    String what =
        app == null
            ? "drained " + zone + (target == null ? "" : " → " + target)
            : "rerouted " + app + "@" + zone + " → " + target;
    return what + " by " + by + " at " + at + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
