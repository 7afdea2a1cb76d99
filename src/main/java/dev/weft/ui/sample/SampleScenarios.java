package dev.weft.ui.sample;

import dev.weft.fabric.Fabric;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.ConnectionState;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/// Snapshot transformations that imitate the demo fabric's scenarios on sample data. Pure.
public final class SampleScenarios {
  public static final List<String> NAMES = List.of("zone outage", "recovery", "incident");

  private SampleScenarios() {}

  public static FabricSnapshot apply(String scenario, FabricSnapshot now, Instant at) {
    return switch (scenario) {
      case "zone outage" ->
          withZone(now, now.zones().firstEntry().getKey(), ConnectionPhase.STALE, at);
      case "incident" -> SampleSnapshots.threeZonesIncident(at);
      default -> SampleSnapshots.threeZonesHealthy(at);
    };
  }

  /// `zone` in `phase`, its placements' health unknown, the rest as it was.
  public static FabricSnapshot withZone(
      FabricSnapshot s, String zone, ConnectionPhase phase, Instant at) {
    return withZone(s, zone, phase, at, "watch closed: connection reset by peer");
  }

  /// `zone` in `phase` for `reason`, its placements' health unknown, the rest as it was.
  public static FabricSnapshot withZone(
      FabricSnapshot s, String zone, ConnectionPhase phase, Instant at, String reason) {
    SequencedMap<String, ZoneSnapshot> zones = new LinkedHashMap<>(s.zones());
    ZoneSnapshot z = zones.get(zone);
    ConnectionState was = z.connection();
    ConnectionState c = new ConnectionState(phase, reason, at, was.lastEventAt(), was.apiLatency());
    SequencedMap<String, PlacementSnapshot> placements = new LinkedHashMap<>();
    z.placements().forEach((app, p) -> placements.put(app, withHealth(p, Health.UNKNOWN)));
    zones.put(zone, new ZoneSnapshot(zone, c, Health.UNKNOWN, placements));
    return new FabricSnapshot(s.fabric(), s.version() + 1, at, zones, s.gateway());
  }

  public static PlacementSnapshot withHealth(PlacementSnapshot p, Health h) {
    return p.withHealth(h);
  }

  /// A fabric just opened: every zone connecting, nothing known yet.
  static FabricSnapshot connecting(Fabric fabric, Instant at) {
    SnapshotBuilder b = new SnapshotBuilder(fabric, at);
    for (var zone : fabric.zones()) {
      b.connection(zone.name(), ConnectionPhase.CONNECTING, "", java.time.Duration.ZERO);
      for (var app : fabric.apps()) {
        b.placement(app.name(), zone.name(), 0, 0, "", 0, null, 0, Health.UNKNOWN, null);
      }
    }
    FabricSnapshot built = b.build(0);
    return new FabricSnapshot(built.fabric(), 0, at, built.zones(), built.gateway());
  }
}
