package dev.weft.ui.action;

import dev.weft.action.ActionRequest;
import dev.weft.action.DropRules;
import dev.weft.action.Incomplete;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// What Weft suggests from the live model: drain a zone STALE for more than 30 s, reroute a
/// placement that is DOWN to the first zone that may take its calls; and from the operation
/// records: finish or roll back an operation a Weft left half done. Pure.
///
/// Threading: any thread.
final class Suggestions {
  static final Duration STALE_FOR = Duration.ofSeconds(30);

  private Suggestions() {}

  static List<Suggestion> of(FabricSnapshot snapshot, Instant now) {
    List<Suggestion> out = new ArrayList<>();
    for (ZoneSnapshot zone : snapshot.zones().values()) {
      var c = zone.connection();
      long staleFor = Duration.between(c.since(), now).toSeconds();
      if (c.phase() == ConnectionPhase.STALE
          && staleFor > STALE_FOR.toSeconds()
          && DropRules.canDrain(snapshot, zone.name(), null).allowed()) {
        out.add(
            Suggestion.worded(
                new ActionRequest.Drain(zone.name(), null),
                "suggest.drain",
                List.of(zone.name()),
                "suggest.drainWhy",
                List.of(zone.name(), staleFor)));
      }
    }
    for (ZoneSnapshot zone : snapshot.zones().values()) {
      if (zone.connection().phase() != ConnectionPhase.LIVE) {
        continue;
      }
      // Apps whose calls a caller in this zone sends elsewhere: read once per zone, not once
      // per placement that is down (a storm at 2,000 placements made that quadratic).
      Set<String> rerouted = null;
      for (PlacementSnapshot p : zone.placements().values()) {
        if (p.health() != Health.DOWN) {
          continue;
        }
        if (rerouted == null) {
          rerouted = new HashSet<>();
          for (PlacementSnapshot caller : zone.placements().values()) {
            if (!caller.reroutes().isEmpty()) {
              rerouted.addAll(caller.reroutes().keySet());
            }
          }
        }
        // Already rerouted: a caller in this zone has its calls for the app sent elsewhere.
        if (rerouted.contains(p.app())) {
          continue;
        }
        for (String to : snapshot.zones().keySet()) {
          if (cannotTake(snapshot, p, to)) {
            continue;
          }
          if (DropRules.canReroute(snapshot, p.app(), p.zone(), to).allowed()) {
            out.add(
                Suggestion.worded(
                    new ActionRequest.Reroute(p.app(), p.zone(), to),
                    "suggest.reroute",
                    List.of(p.id()),
                    "suggest.rerouteWhy",
                    List.of(p.id(), to)));
            break;
          }
        }
      }
    }
    return out;
  }

  /// A zone the rules would surely refuse as `p`'s reroute target (itself, not live, or no
  /// ready pod of the app): skipped before [DropRules#canReroute], which words every refusal.
  private static boolean cannotTake(FabricSnapshot snapshot, PlacementSnapshot p, String to) {
    ZoneSnapshot zone = snapshot.zones().get(to);
    if (to.equals(p.zone()) || zone.connection().phase() != ConnectionPhase.LIVE) {
      return true;
    }
    PlacementSnapshot there = zone.placements().get(p.app());
    return there == null || there.ready() == 0;
  }

  /// "Finish evacuate gz-1…" and "Roll back evacuate gz-1…" for each operation left half done.
  static List<Suggestion> of(List<Incomplete> incomplete, ZoneId timeZone) {
    // Asked every frame, and almost always with nothing half done.
    if (incomplete.isEmpty()) {
      return List.of();
    }
    DateTimeFormatter at = DateTimeFormatter.ofPattern("HH:mm");
    List<Suggestion> out = new ArrayList<>();
    for (Incomplete op : incomplete) {
      String why =
          Messages.get(
              "suggest.incompleteWhy",
              op.request(),
              op.by(),
              at.format(op.at().atZone(timeZone)),
              op.operationId(),
              String.join("; ", op.steps()));
      out.add(
          new Suggestion(
              Messages.get("suggest.finish", op.request()),
              why,
              new ActionRequest.Finish(op.operationId())));
      out.add(
          new Suggestion(
              Messages.get("suggest.rollBack", op.request()),
              why,
              new ActionRequest.RollBack(op.operationId())));
    }
    return out;
  }
}
