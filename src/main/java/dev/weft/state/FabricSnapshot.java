package dev.weft.state;

import dev.weft.fabric.Fabric;
import java.time.Instant;
import java.util.List;
import java.util.SequencedMap;

/// The whole fabric at one moment. Immutable; a new one is made for every applied change.
///
/// @param version increases by one with every applied change; lets a listener skip repeats
/// @param transitions the latest transitions (at most [TransitionLog#MAX]), oldest first, each
///     with a growing `seq`: what the timeline and notifications read, so that nothing that
///     happened between two frames is lost
public record FabricSnapshot(
    Fabric fabric,
    long version,
    Instant at,
    SequencedMap<String, ZoneSnapshot> zones,
    GatewaySnapshot gateway,
    List<Transition> transitions) {

  public FabricSnapshot {
    transitions = List.copyOf(transitions);
  }

  /// A snapshot without transition history (sample and synthetic data).
  public FabricSnapshot(
      Fabric fabric,
      long version,
      Instant at,
      SequencedMap<String, ZoneSnapshot> zones,
      GatewaySnapshot gateway) {
    this(fabric, version, at, zones, gateway, List.of());
  }

  /// This snapshot with `more` transitions added after its own (sample and synthetic feeds).
  public FabricSnapshot withTransitions(List<Transition> more) {
    List<Transition> all = new java.util.ArrayList<>(transitions);
    all.addAll(more);
    return new FabricSnapshot(fabric, version, at, zones, gateway, all);
  }
}
