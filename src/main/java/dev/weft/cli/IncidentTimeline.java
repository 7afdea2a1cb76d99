package dev.weft.cli;

import dev.weft.record.Recording;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// What a recording shows between two instants: the fabric at the start, at each health
/// change of note and at the end; every transition; how long each zone spent stale, down or
/// degraded. Built by replaying the recording once. Not thread-safe.
final class IncidentTimeline {
  /// The most maps a report draws between its first and last (one per notable change).
  static final int MAX_MAPS = 8;

  FabricSnapshot start;
  FabricSnapshot end;
  final List<Transition> transitions = new ArrayList<>();
  /// Snapshots right after notable changes (a placement or the gateway going DOWN or
  /// DEGRADED, a connection going into trouble), at most [#MAX_MAPS].
  final List<FabricSnapshot> notable = new ArrayList<>();
  /// zone → state ("stale", "down", "degraded") → time spent in it.
  final Map<String, Map<String, Duration>> time = new LinkedHashMap<>();

  static IncidentTimeline of(Recording recording, Instant from, Instant to) {
    IncidentTimeline t = new IncidentTimeline();
    recording.play(from, to, t::add);
    if (t.end != null && t.end.at().isBefore(to)) {
      t.account(t.end, to);
    }
    return t;
  }

  private void add(FabricSnapshot s) {
    if (start == null) {
      start = s;
      s.zones().keySet().forEach(z -> time.put(z, new LinkedHashMap<>()));
    } else {
      account(end, s.at());
      long last = end.transitions().isEmpty() ? -1 : end.transitions().getLast().seq();
      boolean worth = false;
      for (Transition tr : s.transitions()) {
        if (tr.seq() > last) {
          transitions.add(tr);
          worth |= notable(tr);
        }
      }
      if (worth && notable.size() < MAX_MAPS) {
        notable.add(s);
      }
    }
    end = s;
  }

  private void account(FabricSnapshot s, Instant until) {
    Duration d = Duration.between(s.at(), until);
    if (d.isNegative() || d.isZero()) {
      return;
    }
    s.zones()
        .values()
        .forEach(
            z -> {
              Map<String, Duration> spent =
                  time.computeIfAbsent(z.name(), n -> new LinkedHashMap<>());
              ConnectionPhase phase = z.connection().phase();
              if (phase == ConnectionPhase.STALE || phase == ConnectionPhase.UNREACHABLE) {
                spent.merge("stale", d, Duration::plus);
              } else if (z.health() == Health.DOWN) {
                spent.merge("down", d, Duration::plus);
              } else if (z.health() == Health.DEGRADED) {
                spent.merge("degraded", d, Duration::plus);
              }
            });
  }

  static boolean notable(Transition t) {
    return switch (t) {
      case Transition.PlacementChanged p -> p.to() == Health.DOWN || p.to() == Health.DEGRADED;
      case Transition.GatewayChanged g -> g.to() != Health.HEALTHY;
      case Transition.ConnectionChanged c -> !c.recovered();
    };
  }

  static String describe(Transition t) {
    return switch (t) {
      case Transition.PlacementChanged p ->
          p.placementId()
              + ": "
              + p.from().name().toLowerCase()
              + " → "
              + p.to().name().toLowerCase();
      case Transition.GatewayChanged g ->
          "gateway: "
              + g.from().name().toLowerCase()
              + " → "
              + g.to().name().toLowerCase()
              + (g.reason().isEmpty() ? "" : " (" + g.reason() + ")");
      case Transition.ConnectionChanged c ->
          c.source()
              + " connection: "
              + c.from()
              + " → "
              + c.to()
              + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")");
    };
  }
}
