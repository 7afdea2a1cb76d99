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
  private final TransitionLog transitions = new TransitionLog();
  private final Risk risk;
  private final Map<String, ZoneSnapshot> lastZones = new java.util.HashMap<>();
  private RouteInfo route;
  private boolean routeListed;
  private boolean gatewayDirty = true;
  private GatewaySnapshot gateway;
  private long version;
  private ModelState.Derived derived = ModelState.Derived.NONE;
  private boolean deferring;
  private Instant at;

  FabricModel(Fabric fabric, Instant start) {
    this.fabric = fabric;
    this.at = start;
    this.risk = new Risk(fabric);
    for (Zone zone : fabric.zones()) {
      String name = zone.name();
      zones.put(
          name,
          new ZoneModel(
              fabric,
              zone,
              start,
              (t, from, to, why) -> transitions.connection(t, name, from, to, why)));
    }
    gatewayLink =
        new LinkModel(
            start,
            (t, from, to, why) -> transitions.connection(t, Transition.GATEWAY, from, to, why));
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

  /// A model restored from a keyframe: it continues exactly as the model that exported it.
  FabricModel(Fabric fabric, ModelState state) {
    this(fabric, state.at());
    this.version = state.version();
    this.route = state.route();
    this.routeListed = state.routeListed();
    gatewayLink.restore(state.gateway());
    transitions.restore(state.history());
    for (ModelState.Zone zone : state.zones()) {
      ZoneModel model = zones.get(zone.name());
      if (model != null) {
        model.restore(zone);
      }
    }
  }

  /// Everything this model holds, for a keyframe. Copies references to immutable records only.
  ModelState export() {
    return new ModelState(
        version,
        at,
        zones.values().stream().map(ZoneModel::export).toList(),
        gatewayLink.export(),
        route,
        routeListed,
        transitions.export());
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
          routeListed = route != null;
          gatewayLink.heard(c.at());
        }
        case ClusterChange.Resynced c -> {
          gatewayLink.resynced(c.names());
          // The route was deleted while Weft was away: it is missing now, not as it was. When
          // the list found it, its event may still be on its way (handlers run on their own
          // thread): not read yet is not missing.
          routeListed =
              !c.names()
                  .getOrDefault(dev.weft.cluster.ObjectKind.ROUTE, java.util.Set.of())
                  .isEmpty();
          if (!routeListed) {
            route = null;
          }
          gatewayLink.heard(c.at());
        }
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

  /// What the last [#snapshot] added to the transition history (a recording keeps it).
  ModelState.Derived derived() {
    return derived;
  }

  /// Seeking: applies a recorded batch and what its snapshot derived, without making it. The
  /// next [#replayedSnapshot] is the snapshot the live model made after the last such batch.
  void applyRecorded(List<ClusterChange> batch, ModelState.Derived recorded) {
    if (!deferring) {
      // The snapshot the model would make before any batch: every placement built now.
      deferring = true;
      zones.values().forEach(z -> z.deferSnapshot(at));
    }
    batch.forEach(this::apply);
    zones.values().forEach(z -> z.deferSnapshot(at));
    transitions.replay(recorded);
  }

  /// The snapshot after [#applyRecorded] batches: made once, deriving nothing (what the
  /// skipped snapshots derived was replayed with their batches).
  FabricSnapshot replayedSnapshot() {
    deferring = false;
    return snapshot(false);
  }

  FabricSnapshot snapshot() {
    return snapshot(true);
  }

  private FabricSnapshot snapshot(boolean derive) {
    if (derive) {
      transitions.beginDerive();
    }
    SequencedMap<String, ZoneSnapshot> built = new LinkedHashMap<>();
    for (var entry : zones.entrySet()) {
      built.put(entry.getKey(), entry.getValue().snapshot(at));
    }
    SequencedMap<String, ZoneSnapshot> zoneSnapshots = risk.apply(built);
    for (ZoneSnapshot zone : zoneSnapshots.values()) {
      // Unchanged zones and placements are the same objects: only changed ones are compared. An
      // unchanged placement's health is already the last known one (a zone coming back to LIVE
      // rebuilds every placement), so skipping it records the same transitions, faster.
      ZoneSnapshot before = lastZones.put(zone.name(), zone);
      if (derive && before != zone && zone.connection().phase() == ConnectionPhase.LIVE) {
        for (PlacementSnapshot p : zone.placements().values()) {
          if (before == null || before.placements().get(p.app()) != p) {
            transitions.placement(at, zone.name(), p.app(), p.health());
          }
        }
      }
    }
    if (gatewayDirty || gateway == null) {
      gateway = gateway();
      gatewayDirty = false;
      if (derive) {
        transitions.gateway(at, gateway.health(), gateway.problem());
      }
    }
    derived = derive ? transitions.endDerive() : ModelState.Derived.NONE;
    return new FabricSnapshot(
        fabric,
        version,
        at,
        Collections.unmodifiableSequencedMap(zoneSnapshots),
        gateway,
        transitions.snapshot());
  }

  private GatewaySnapshot gateway() {
    SequencedMap<String, Integer> weights = new LinkedHashMap<>();
    Map<String, List<String>> regions = new LinkedHashMap<>();
    int total = 0;
    if (route != null) {
      List<Zone> order = fabric.zones();
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
    ConnectionState connection = gatewayLink.state();
    Health health =
        fabric.gateway() == null || (route == null && routeListed)
            ? Health.UNKNOWN
            : HealthRules.gateway(connection.phase() == ConnectionPhase.LIVE, route != null, total);
    String problem = "";
    if (health == Health.DOWN) {
      String name = fabric.gateway().namespace() + "/" + fabric.gateway().route();
      problem =
          route == null
              ? "HTTPRoute " + name + " not found"
              : "HTTPRoute " + name + " sends no traffic to any zone (every weight is 0)";
    }
    return new GatewaySnapshot(
        connection,
        Collections.unmodifiableSequencedMap(weights),
        Collections.unmodifiableMap(regions),
        health,
        problem);
  }
}
