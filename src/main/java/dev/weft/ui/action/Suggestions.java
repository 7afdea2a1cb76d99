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
import java.util.List;

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
            new Suggestion(
                Messages.get("suggest.drain", zone.name()),
                Messages.get("suggest.drainWhy", zone.name(), staleFor),
                new ActionRequest.Drain(zone.name(), null)));
      }
    }
    for (ZoneSnapshot zone : snapshot.zones().values()) {
      if (zone.connection().phase() != ConnectionPhase.LIVE) {
        continue;
      }
      for (PlacementSnapshot p : zone.placements().values()) {
        if (p.health() != Health.DOWN) {
          continue;
        }
        // Already rerouted: a caller in this zone has its calls for the app sent elsewhere.
        boolean rerouted =
            zone.placements().values().stream().anyMatch(c -> c.reroutes().containsKey(p.app()));
        if (rerouted) {
          continue;
        }
        for (String to : snapshot.zones().keySet()) {
          if (DropRules.canReroute(snapshot, p.app(), p.zone(), to).allowed()) {
            out.add(
                new Suggestion(
                    Messages.get("suggest.reroute", p.id()),
                    Messages.get("suggest.rerouteWhy", p.id(), to),
                    new ActionRequest.Reroute(p.app(), p.zone(), to)));
            break;
          }
        }
      }
    }
    return out;
  }

  /// "Finish evacuate gz-1…" and "Roll back evacuate gz-1…" for each operation left half done.
  static List<Suggestion> of(List<Incomplete> incomplete, ZoneId timeZone) {
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
