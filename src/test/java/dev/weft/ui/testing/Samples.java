package dev.weft.ui.testing;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.sample.SampleScenarios;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.sample.SampleTransitions;
import dev.weft.ui.sample.SnapshotBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.UnaryOperator;

/// Shared fixtures: sample snapshots at a fixed time, and small edits of them.
public final class Samples {
  public static final Instant NOW = Instant.parse("2026-11-27T11:20:00Z");

  private Samples() {}

  public static FabricSnapshot healthy() {
    return SampleSnapshots.threeZonesHealthy(NOW);
  }

  public static FabricSnapshot incident() {
    return SampleSnapshots.threeZonesIncident(NOW);
  }

  public static FabricSnapshot large() {
    return SampleSnapshots.large(10, 50, NOW);
  }

  /// `s` with `zone` stale (or another phase) and its placements unknown.
  public static FabricSnapshot zone(FabricSnapshot s, String zone, ConnectionPhase phase) {
    return SampleTransitions.between(
        s, SampleScenarios.withZone(s, zone, phase, s.at().plusSeconds(1)));
  }

  /// `s` with one placement edited, and the version bumped.
  public static FabricSnapshot edit(
      FabricSnapshot s, String app, String zone, UnaryOperator<PlacementSnapshot> change) {
    SequencedMap<String, ZoneSnapshot> zones = new LinkedHashMap<>(s.zones());
    ZoneSnapshot z = zones.get(zone);
    SequencedMap<String, PlacementSnapshot> placements = new LinkedHashMap<>(z.placements());
    placements.put(app, change.apply(placements.get(app)));
    zones.put(zone, new ZoneSnapshot(zone, z.connection(), z.health(), placements));
    return SampleTransitions.between(
        s,
        new FabricSnapshot(s.fabric(), s.version() + 1, s.at().plusSeconds(1), zones, s.gateway()));
  }

  /// One pod of `p` deleted: one fewer ready, health degraded.
  public static PlacementSnapshot podDeleted(PlacementSnapshot p) {
    return new PlacementSnapshot(
        p.app(),
        p.zone(),
        p.desired(),
        p.ready() - 1,
        p.available() - 1,
        p.updated(),
        p.versions(),
        p.restartsLast10m(),
        p.pods().subList(1, p.pods().size()),
        p.conditions(),
        p.warnings(),
        Health.DEGRADED,
        p.atRisk(),
        p.reroutes());
  }

  /// `p` with these pods instead of its own.
  public static PlacementSnapshot withPods(
      PlacementSnapshot p, java.util.List<dev.weft.state.PodSnapshot> pods) {
    return new PlacementSnapshot(
        p.app(),
        p.zone(),
        p.desired(),
        p.ready(),
        p.available(),
        p.updated(),
        p.versions(),
        p.restartsLast10m(),
        pods,
        p.conditions(),
        p.warnings(),
        p.health(),
        p.atRisk(),
        p.reroutes());
  }

  /// `p` with these warnings instead of its own.
  public static PlacementSnapshot withWarnings(
      PlacementSnapshot p, java.util.List<dev.weft.state.WarningEvent> warnings) {
    return new PlacementSnapshot(
        p.app(),
        p.zone(),
        p.desired(),
        p.ready(),
        p.available(),
        p.updated(),
        p.versions(),
        p.restartsLast10m(),
        p.pods(),
        p.conditions(),
        warnings,
        p.health(),
        p.atRisk(),
        p.reroutes());
  }

  public static PlacementSnapshot withHealth(PlacementSnapshot p, Health h) {
    return SampleScenarios.withHealth(p, h);
  }

  /// `fabric` with `downApps` down in its first zone and every other placement healthy, three
  /// pods each, one version.
  public static FabricSnapshot downInFirstZone(Fabric fabric, long version, Set<String> downApps) {
    SnapshotBuilder b = new SnapshotBuilder(fabric, Instant.now());
    String first = fabric.zones().getFirst().name();
    for (Zone zone : fabric.zones()) {
      for (App app : fabric.apps()) {
        boolean down = downApps.contains(app.name()) && zone.name().equals(first);
        b.placement(
            app.name(),
            zone.name(),
            3,
            down ? 0 : 3,
            "1.0.0",
            0,
            null,
            0,
            down ? Health.DOWN : Health.HEALTHY,
            null);
      }
    }
    return b.build(version);
  }
}
