package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.RouteInfo;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/// The reducer: applies [ClusterChange]s one by one and makes [FabricSnapshot]s. Deterministic:
/// the same fabric and the same changes give equal snapshots (time comes only from the
/// changes), which is what makes a recording replayable. Not thread-safe: one thread owns it.
final class FabricModel {
  /// The gateway's connection reason when the fabric names no gateway.
  static final String NO_GATEWAY = "the fabric names no gateway";

  private final Fabric fabric;
  private final Map<String, ZoneModel> zones = new LinkedHashMap<>();
  private final LinkModel gatewayLink;
  private RouteInfo route;
  private boolean gatewayDirty = true;
  private GatewaySnapshot gateway;
  private long version;
  private Instant at;

  FabricModel(Fabric fabric, Instant start) {
    this.fabric = fabric;
    this.at = start;
    for (Zone zone : fabric.zones()) {
      zones.put(zone.name(), new ZoneModel(fabric, zone, start));
    }
    gatewayLink = new LinkModel(start);
    if (fabric.gateway() == null) {
      gatewayLink.apply(
          new ClusterChange.LinkChanged(
              ClusterChange.GATEWAY,
              start,
              dev.weft.cluster.LinkPhase.MISCONFIGURED,
              NO_GATEWAY,
              null));
    }
  }

  void apply(ClusterChange change) {
    version++;
    if (change.at().isAfter(at)) {
      at = change.at();
    }
    if (change instanceof ClusterChange.ClockTicked) {
      zones.values().forEach(z -> z.apply(change));
      return;
    }
    if (ClusterChange.GATEWAY.equals(change.source())) {
      switch (change) {
        case ClusterChange.LinkChanged c -> gatewayLink.apply(c);
        case ClusterChange.ObjectUnreadable c -> {
          gatewayLink.unreadable(c);
          gatewayLink.heard(c.at());
        }
        case ClusterChange.RouteChanged c -> {
          gatewayLink.readable(c);
          route = c.route();
          gatewayLink.heard(c.at());
        }
        case ClusterChange.Resynced c -> gatewayLink.resynced(c.names());
        default -> {}
      }
      gatewayDirty = true;
      return;
    }
    ZoneModel zone = zones.get(change.source());
    if (zone != null) {
      zone.apply(change);
    }
  }

  FabricSnapshot snapshot() {
    SequencedMap<String, ZoneSnapshot> zoneSnapshots = new LinkedHashMap<>();
    for (var entry : zones.entrySet()) {
      zoneSnapshots.put(entry.getKey(), entry.getValue().snapshot(at));
    }
    if (gatewayDirty || gateway == null) {
      gateway = gateway();
      gatewayDirty = false;
    }
    return new FabricSnapshot(
        fabric, version, at, Collections.unmodifiableSequencedMap(zoneSnapshots), gateway);
  }

  private GatewaySnapshot gateway() {
    SequencedMap<String, Integer> weights = new LinkedHashMap<>();
    Map<String, List<String>> regions = new LinkedHashMap<>();
    if (route != null) {
      List<Zone> order = fabric.zones();
      int total = 0;
      for (Zone z : order) {
        total += route.weights().getOrDefault(z.backend(), 0);
      }
      List<Integer> percents = GatewayWeights.percents(order, route.weights(), total);
      for (int i = 0; i < order.size(); i++) {
        weights.put(order.get(i).name(), percents.get(i));
      }
      for (var e : route.regionBackends().entrySet()) {
        List<String> zonesOfRegion = new ArrayList<>();
        for (String backend : e.getValue()) {
          zonesOfRegion.add(
              fabric.zones().stream()
                  .filter(z -> backend.equals(z.backend()))
                  .map(Zone::name)
                  .findFirst()
                  .orElse(backend));
        }
        regions.put(e.getKey(), List.copyOf(zonesOfRegion));
      }
    }
    return new GatewaySnapshot(
        gatewayLink.state(),
        Collections.unmodifiableSequencedMap(weights),
        Collections.unmodifiableMap(regions));
  }
}
