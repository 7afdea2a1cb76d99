package dev.weft.state;

import dev.weft.cluster.ClusterChange.ObjectUnreadable;
import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.EventInfo;
import dev.weft.cluster.PodInfo;
import dev.weft.cluster.RouteInfo;
import dev.weft.cluster.ServiceInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/// Everything the model holds at one moment, beyond what a snapshot shows (restart times,
/// connection history, the transitions' memory): a flight recorder's keyframe. A model rebuilt
/// from it and fed the changes that followed makes the same snapshots as the live one did.
/// Immutable; made on the applier thread, read on any.
///
/// @param version the model's version after the last applied change
/// @param routeListed whether the gateway's last full list found the route
public record ModelState(
    long version,
    Instant at,
    List<Zone> zones,
    Link gateway,
    RouteInfo route,
    boolean routeListed,
    History history) {

  public ModelState {
    zones = List.copyOf(zones);
  }

  /// One connection as the model knows it; `lastEventAt` and `latency` may be null.
  ///
  /// @param lostAt when the connection last stopped being live; null while it is live, and in
  /// keyframes of recordings made before it was kept
  public record Link(
      ConnectionPhase phase,
      String reason,
      Instant since,
      Instant lastEventAt,
      Duration latency,
      boolean everLive,
      List<ObjectUnreadable> unreadable,
      Instant lostAt) {
    public Link {
      unreadable = List.copyOf(unreadable);
    }

    /// This link with `lostAt` as when it was lost.
    public Link lostAt(Instant lostAt) {
      return new Link(phase, reason, since, lastEventAt, latency, everLive, unreadable, lostAt);
    }
  }

  /// A pod and the restarts seen in the last ten minutes, oldest first.
  public record Pod(PodInfo info, List<Instant> restartTimes) {
    public Pod {
      restartTimes = List.copyOf(restartTimes);
    }
  }

  /// One zone; `owners` maps an owner (app) to its pods (possibly none), `warnings` oldest first.
  public record Zone(
      String name,
      Link link,
      Map<String, List<Pod>> owners,
      List<DeploymentInfo> deployments,
      List<ServiceInfo> services,
      List<EventInfo> warnings) {
    public Zone {
      owners = Map.copyOf(owners);
      deployments = List.copyOf(deployments);
      services = List.copyOf(services);
      warnings = List.copyOf(warnings);
    }
  }

  /// The transition log's memory: the latest transitions and what they are compared with.
  /// `gatewayKnown` may be null.
  public record History(
      long seq,
      List<Transition> recent,
      Map<String, Health> lastKnown,
      Map<String, ConnectionPhase> troubled,
      Health gatewayKnown) {
    public History {
      recent = List.copyOf(recent);
      lastKnown = Map.copyOf(lastKnown);
      troubled = Map.copyOf(troubled);
    }
  }

  /// What one snapshot added to the transition log's memory (beyond what applying changes adds):
  /// the transitions it found, the placement healths it learned (`app@zone` → health, only
  /// those that changed) and the gateway's health if that changed (else null). A recording
  /// keeps it with each batch so a seek replays it instead of making every snapshot again.
  public record Derived(List<Transition> added, Map<String, Health> known, Health gatewayKnown) {
    public static final Derived NONE = new Derived(List.of(), Map.of(), null);

    public Derived {
      added = List.copyOf(added);
      known = Map.copyOf(known);
    }

    public boolean isEmpty() {
      return added.isEmpty() && known.isEmpty() && gatewayKnown == null;
    }
  }
}
