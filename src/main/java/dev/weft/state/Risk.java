package dev.weft.state;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/// Adds dependency risk across zones: a placement is at risk when a dependency it calls is DOWN
/// where its calls go, in its own zone or in the zone they are rerouted to. Keeps the records of
/// placements whose risk did not change, so unchanged placements stay the same objects between
/// snapshots. Mutable; owned by the applier thread.
final class Risk {
  /// id → (the zone's own record, the record with risk added) of the last snapshot.
  private final Map<String, PlacementSnapshot[]> last = new HashMap<>();
  private final Map<String, ZoneSnapshot[]> lastZones = new HashMap<>();

  private final Map<String, App> apps = new HashMap<>();

  Risk(Fabric fabric) {
    fabric.apps().forEach(a -> apps.put(a.name(), a));
  }

  /// `zones` (as each zone built them, without risk) with risk added.
  SequencedMap<String, ZoneSnapshot> apply(SequencedMap<String, ZoneSnapshot> zones) {
    SequencedMap<String, ZoneSnapshot> out = new LinkedHashMap<>();
    for (ZoneSnapshot zone : zones.values()) {
      SequencedMap<String, PlacementSnapshot> placements = new LinkedHashMap<>();
      ZoneSnapshot[] before = lastZones.get(zone.name());
      boolean same = before != null && before[0] == zone;
      for (PlacementSnapshot p : zone.placements().values()) {
        PlacementSnapshot withRisk = withRisk(p, zones);
        placements.put(p.app(), withRisk);
        same = same && before[1].placements().get(p.app()) == withRisk;
      }
      ZoneSnapshot result =
          same
              ? before[1]
              : new ZoneSnapshot(
                  zone.name(),
                  zone.connection(),
                  zone.health(),
                  Collections.unmodifiableSequencedMap(placements));
      lastZones.put(zone.name(), new ZoneSnapshot[] {zone, result});
      out.put(zone.name(), result);
    }
    return out;
  }

  private PlacementSnapshot withRisk(PlacementSnapshot p, Map<String, ZoneSnapshot> zones) {
    App app = apps.get(p.app());
    boolean atRisk = false;
    if (app != null) {
      for (String dependency : app.dependsOn()) {
        String where = p.reroutes().getOrDefault(dependency, p.zone());
        ZoneSnapshot zone = zones.get(where);
        PlacementSnapshot dep = zone == null ? null : zone.placements().get(dependency);
        atRisk |= dep != null && HealthRules.atRisk(dep.health());
      }
    }
    PlacementSnapshot[] before = last.get(p.id());
    if (before != null && before[0] == p && before[1].atRisk() == atRisk) {
      return before[1];
    }
    PlacementSnapshot result = p.withRisk(atRisk, p.reroutes());
    last.put(p.id(), new PlacementSnapshot[] {p, result});
    return result;
  }
}
