package dev.weft.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/// One app in one zone at one moment: the node of the map that carries health. Immutable.
///
/// @param versions image tag → number of pods running it, most pods first
/// @param restartsLast10m container restarts seen in the last ten minutes
/// @param atRisk a dependency this placement calls is down: in its own zone, or in the zone its
///     calls are rerouted to
/// @param reroutes dependency → the zone its calls go to, for every rerouted dependency, in the
///     app's `dependsOn` order; empty when nothing is rerouted
public record PlacementSnapshot(
    String app,
    String zone,
    int desired,
    int ready,
    int available,
    int updated,
    SequencedMap<String, Integer> versions,
    int restartsLast10m,
    List<PodSnapshot> pods,
    List<ConditionSnapshot> conditions,
    List<WarningEvent> warnings,
    Health health,
    boolean atRisk,
    SequencedMap<String, String> reroutes) {

  public PlacementSnapshot {
    pods = List.copyOf(pods);
    reroutes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(reroutes));
    conditions = List.copyOf(conditions);
    warnings = List.copyOf(warnings);
  }

  /// This placement with another health.
  public PlacementSnapshot withHealth(Health newHealth) {
    return new PlacementSnapshot(
        app,
        zone,
        desired,
        ready,
        available,
        updated,
        versions,
        restartsLast10m,
        pods,
        conditions,
        warnings,
        newHealth,
        atRisk,
        reroutes);
  }

  /// This placement with another dependency risk and reroutes; itself when both are the same.
  public PlacementSnapshot withRisk(boolean newAtRisk, SequencedMap<String, String> newReroutes) {
    if (newAtRisk == atRisk && newReroutes.equals(reroutes)) {
      return this;
    }
    return new PlacementSnapshot(
        app,
        zone,
        desired,
        ready,
        available,
        updated,
        versions,
        restartsLast10m,
        pods,
        conditions,
        warnings,
        health,
        newAtRisk,
        newReroutes);
  }

  /// `app@zone`, the id used in messages and the map.
  public String id() {
    return app + "@" + zone;
  }
}
