package dev.weft.state;

import java.time.Instant;

/// Something that changed and that a person should hear about: a placement's health, a
/// connection going into trouble or back to LIVE, the gateway's health. The model records these
/// as it applies changes (not once per frame), so a change that lasts less than a frame is still
/// in the history. Immutable.
///
/// `seq` grows by one with every transition of one model: a reader remembers the last `seq` it
/// handled and takes the newer ones from [FabricSnapshot#transitions].
public sealed interface Transition {
  /// The [#source] of the gateway's transitions (zone names are DNS labels, never this).
  String GATEWAY = "gateway";

  long seq();

  Instant at();

  /// The zone's name, or [#GATEWAY].
  String source();

  /// A placement's health changed while its zone was LIVE, compared with the last health known
  /// before (a zone that was lost and came back only reports placements that differ).
  record PlacementChanged(long seq, Instant at, String source, String app, Health from, Health to)
      implements Transition {
    /// `app@zone`.
    public String placementId() {
      return app + "@" + source;
    }
  }

  /// A connection went into trouble (STALE, UNREACHABLE, FORBIDDEN…) or came back to LIVE.
  ///
  /// @param reason the connection's reason in the new phase; empty when back to LIVE
  record ConnectionChanged(
      long seq, Instant at, String source, ConnectionPhase from, ConnectionPhase to, String reason)
      implements Transition {
    /// Back to LIVE after trouble.
    public boolean recovered() {
      return to == ConnectionPhase.LIVE;
    }
  }

  /// The gateway's health changed (a route missing or sending no traffic is DOWN).
  record GatewayChanged(long seq, Instant at, Health from, Health to, String reason)
      implements Transition {
    @Override
    public String source() {
      return GATEWAY;
    }
  }
}
