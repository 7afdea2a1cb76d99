package dev.weft.state;

import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/// One app in one zone at one moment: the node of the map that carries health. Immutable.
///
/// @param versions image tag → number of pods running it, most pods first
/// @param restartsLast10m container restarts seen in the last ten minutes
/// @param atRisk a dependency of this placement is down and its calls are not rerouted
/// @param reroutedTo the zone this placement's calls to a dependency go to, when rerouted
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
    Optional<String> reroutedTo) {

  public PlacementSnapshot {
    pods = List.copyOf(pods);
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
        reroutedTo);
  }

  /// This placement with another dependency risk and reroute.
  public PlacementSnapshot withRisk(boolean newAtRisk, Optional<String> newReroutedTo) {
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
        newReroutedTo);
  }

  /// `app@zone`, the id used in messages and the map.
  public String id() {
    return app + "@" + zone;
  }
}
