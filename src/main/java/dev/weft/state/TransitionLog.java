package dev.weft.state;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The model's history of [Transition]s, bounded to the latest [#MAX]. Decides what is worth
/// recording: a placement's health against the last one known while its zone was LIVE (so the
/// first sync and a zone's loss add nothing per placement), a connection entering trouble or
/// coming back to LIVE after it, the gateway's health. Mutable; owned by the applier thread.
final class TransitionLog {
  static final int MAX = 500;
  private final ArrayDeque<Transition> recent = new ArrayDeque<>();
  private final Map<String, Health> lastKnown = new HashMap<>();
  private final Map<String, ConnectionPhase> troubled = new HashMap<>();
  private Health gatewayKnown;
  private long seq;
  private List<Transition> published = List.of();
  // What the snapshot being made adds, between beginDerive and endDerive (null outside).
  private List<Transition> derivedAdded;
  private Map<String, Health> derivedKnown;
  private Health derivedGateway;

  /// A snapshot starts deriving transitions: what it adds is collected for [#endDerive].
  void beginDerive() {
    derivedAdded = new java.util.ArrayList<>();
    derivedKnown = new HashMap<>();
    derivedGateway = null;
  }

  /// What the snapshot added since [#beginDerive].
  ModelState.Derived endDerive() {
    ModelState.Derived d =
        derivedAdded.isEmpty() && derivedKnown.isEmpty() && derivedGateway == null
            ? ModelState.Derived.NONE
            : new ModelState.Derived(derivedAdded, derivedKnown, derivedGateway);
    derivedAdded = null;
    derivedKnown = null;
    return d;
  }

  /// Adds what a recorded snapshot derived, as it derived it (seeking without snapshots).
  void replay(ModelState.Derived d) {
    for (Transition t : d.added()) {
      seq = Math.max(seq, t.seq());
      add(t);
    }
    lastKnown.putAll(d.known());
    if (d.gatewayKnown() != null) {
      gatewayKnown = d.gatewayKnown();
    }
  }

  /// A placement of a LIVE zone has `health` now.
  void placement(Instant at, String zone, String app, Health health) {
    String key = app + "@" + zone;
    Health was = lastKnown.put(key, health);
    if (was != health && derivedKnown != null) {
      derivedKnown.put(key, health);
    }
    if (was != null && was != health) {
      add(new Transition.PlacementChanged(++seq, at, zone, app, was, health));
    }
  }

  /// A connection's phase changed from `from` to `to`.
  void connection(Instant at, String source, ConnectionPhase from, ConnectionPhase to, String why) {
    if (trouble(to)) {
      // A retry passes through CONNECTING or SYNCING and lands in the same trouble again (a
      // forbidden zone relisting every few seconds): still that trouble, not a new row each time.
      ConnectionPhase already = troubled.put(source, to);
      if (already == to) {
        return;
      }
      add(new Transition.ConnectionChanged(++seq, at, source, from, to, why));
    } else if (to == ConnectionPhase.LIVE && troubled.containsKey(source)) {
      ConnectionPhase was = troubled.remove(source);
      add(new Transition.ConnectionChanged(++seq, at, source, was, to, ""));
    }
  }

  /// The gateway's health is `health` (UNKNOWN while its connection is not LIVE: not recorded).
  void gateway(Instant at, Health health, String reason) {
    if (health == Health.UNKNOWN) {
      return;
    }
    Health was = gatewayKnown;
    gatewayKnown = health;
    if (was != health && derivedKnown != null) {
      derivedGateway = health;
    }
    if (was != null && was != health) {
      add(new Transition.GatewayChanged(++seq, at, was, health, reason));
    }
  }

  ModelState.History export() {
    return new ModelState.History(
        seq, List.copyOf(recent), Map.copyOf(lastKnown), Map.copyOf(troubled), gatewayKnown);
  }

  void restore(ModelState.History state) {
    seq = state.seq();
    recent.clear();
    recent.addAll(state.recent());
    lastKnown.clear();
    lastKnown.putAll(state.lastKnown());
    troubled.clear();
    troubled.putAll(state.troubled());
    gatewayKnown = state.gatewayKnown();
    published = null;
  }

  /// Every phase but connecting, syncing and LIVE is trouble a person should hear about.
  static boolean trouble(ConnectionPhase phase) {
    return switch (phase) {
      case CONNECTING, SYNCING, LIVE -> false;
      default -> true;
    };
  }

  private void add(Transition t) {
    if (derivedAdded != null) {
      derivedAdded.add(t);
    }
    recent.addLast(t);
    while (recent.size() > MAX) {
      recent.removeFirst();
    }
    published = null;
  }

  /// The latest transitions, oldest first; the same list object until something new is added.
  List<Transition> snapshot() {
    if (published == null) {
      published = List.copyOf(recent);
    }
    return published;
  }
}
