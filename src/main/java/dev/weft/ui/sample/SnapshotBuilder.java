package dev.weft.ui.sample;

import dev.weft.fabric.Fabric;
import dev.weft.state.ConditionSnapshot;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.ConnectionState;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.GatewaySnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.PodSnapshot;
import dev.weft.state.WarningEvent;
import dev.weft.state.ZoneSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/// Builds realistic [FabricSnapshot]s by hand: pods, conditions and events consistent with the
/// counts given. For samples, renders, tests and benchmarks. Not thread-safe; build then share.
public final class SnapshotBuilder {
  private final Fabric fabric;
  private final Instant now;
  private final Map<String, ConnectionState> connections = new LinkedHashMap<>();
  private final Map<String, PlacementSnapshot> placements = new LinkedHashMap<>();
  private final SequencedMap<String, Integer> weights = new LinkedHashMap<>();
  private final Map<String, String> reroutes = new LinkedHashMap<>();

  public SnapshotBuilder(Fabric fabric, Instant now) {
    this.fabric = fabric;
    this.now = now;
    int share = 100 / Math.max(1, fabric.zones().size());
    fabric.zones().forEach(z -> weights.put(z.name(), share));
  }

  public SnapshotBuilder weight(String zone, int percent) {
    weights.put(zone, percent);
    return this;
  }

  /// Sets a zone's connection; `ageOfLastEvent` is how long ago its last watch event arrived.
  public SnapshotBuilder connection(
      String zone, ConnectionPhase phase, String reason, Duration ageOfLastEvent) {
    connections.put(
        zone,
        new ConnectionState(
            phase,
            reason,
            now.minus(ageOfLastEvent),
            Optional.of(now.minus(ageOfLastEvent)),
            Optional.of(Duration.ofMillis(18 + Math.abs(zone.hashCode() % 40)))));
    return this;
  }

  /// One placement: `ready` of `desired` pods ready; `canaryPods` of them run `canaryVersion`.
  public SnapshotBuilder placement(
      String app,
      String zone,
      int desired,
      int ready,
      String version,
      int canaryPods,
      String canaryVersion,
      int restarts,
      Health health,
      String reroutedTo) {
    List<PodSnapshot> pods = new ArrayList<>();
    SequencedMap<String, Integer> versions = new LinkedHashMap<>();
    List<WarningEvent> warnings = new ArrayList<>();
    for (int i = 0; i < desired; i++) {
      boolean canary = i >= desired - canaryPods;
      String tag = canary ? canaryVersion : version;
      boolean podReady = i < ready;
      Optional<String> waiting =
          podReady ? Optional.empty() : Optional.of(restarts > 0 ? "CrashLoopBackOff" : "Pending");
      String pod = app + "-" + Integer.toHexString((app + zone).hashCode() & 0xfffff) + "-p" + i;
      int podRestarts = podReady ? 0 : restarts;
      pods.add(
          new PodSnapshot(
              pod,
              podReady ? "Running" : waiting.get().equals("Pending") ? "Pending" : "Running",
              podReady,
              podRestarts,
              waiting,
              now.minus(Duration.ofMinutes(40L + 7L * i)),
              zone + "-node-" + (i % 3 + 1),
              tag,
              waiting.map(w -> w.equals("Pending") ? "FailedScheduling" : "BackOff")));
      versions.merge(tag, 1, Integer::sum);
      if (!podReady) {
        warnings.add(
            new WarningEvent(
                now.minus(Duration.ofSeconds(20L + 31L * i)),
                zone,
                app,
                "Pod/" + pod,
                restarts > 0 ? "BackOff" : "FailedScheduling",
                restarts > 0
                    ? "Back-off restarting failed container " + app
                    : "0/3 nodes are available: 3 Insufficient cpu.",
                1 + restarts));
      }
    }
    List<ConditionSnapshot> conditions =
        List.of(
            new ConditionSnapshot(
                "Available",
                ready >= desired ? "True" : "False",
                ready >= desired ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                ready >= desired
                    ? "Deployment has minimum availability."
                    : "Deployment does not have minimum availability.",
                now.minus(Duration.ofMinutes(ready >= desired ? 42 : 1))),
            new ConditionSnapshot(
                "Progressing",
                "True",
                "NewReplicaSetAvailable",
                "ReplicaSet \"" + app + "\" has successfully progressed.",
                now.minus(Duration.ofHours(3))));
    placements.put(
        app + "@" + zone,
        new PlacementSnapshot(
            app,
            zone,
            desired,
            ready,
            ready,
            desired - canaryPods,
            versions,
            restarts,
            pods,
            conditions,
            warnings,
            health,
            false,
            reroutesOf(app, zone, reroutedTo)));
    return this;
  }

  public SnapshotBuilder healthy(String app, String zone, int pods, String version) {
    return placement(app, zone, pods, pods, version, 0, null, 0, Health.HEALTHY, null);
  }

  /// Marks `app@zone`'s calls to its dependencies as going to `toZone`.
  public SnapshotBuilder reroute(String app, String zone, String toZone) {
    reroutes.put(app + "@" + zone, toZone);
    return this;
  }

  public FabricSnapshot build(long version) {
    SequencedMap<String, ZoneSnapshot> zones = new LinkedHashMap<>();
    for (var zone : fabric.zones()) {
      ConnectionState connection =
          connections.getOrDefault(
              zone.name(),
              new ConnectionState(
                  ConnectionPhase.LIVE,
                  "",
                  now.minus(Duration.ofMinutes(30)),
                  Optional.of(now.minus(Duration.ofSeconds(2))),
                  Optional.of(Duration.ofMillis(24))));
      SequencedMap<String, PlacementSnapshot> inZone = new LinkedHashMap<>();
      Health worst = Health.HEALTHY;
      for (var app : fabric.apps()) {
        PlacementSnapshot p = placements.get(app.name() + "@" + zone.name());
        String reroute = reroutes.get(app.name() + "@" + zone.name());
        if (p != null && reroute != null) {
          p = withReroute(p, reroute);
        }
        if (p != null) {
          inZone.put(app.name(), p);
          worst = worse(worst, p.health());
        }
      }
      zones.put(zone.name(), new ZoneSnapshot(zone.name(), connection, worst, inZone));
    }
    GatewaySnapshot gateway =
        new GatewaySnapshot(
            new ConnectionState(
                ConnectionPhase.LIVE,
                "",
                now.minus(Duration.ofHours(1)),
                Optional.of(now.minus(Duration.ofSeconds(5))),
                Optional.of(Duration.ofMillis(12))),
            new LinkedHashMap<>(weights),
            fabric.regions());
    return new FabricSnapshot(fabric, version, now, zones, gateway);
  }

  private PlacementSnapshot withReroute(PlacementSnapshot p, String zone) {
    return p.withRisk(p.atRisk(), reroutesOf(p.app(), p.zone(), zone));
  }

  /// Every dependency of `app` rerouted to `toZone` (none when `toZone` is null).
  private SequencedMap<String, String> reroutesOf(String app, String zone, String toZone) {
    SequencedMap<String, String> out = new LinkedHashMap<>();
    if (toZone != null) {
      fabric.app(app).orElseThrow().dependsOn().forEach(d -> out.put(d, toZone));
    }
    return out;
  }

  private static Health worse(Health a, Health b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
