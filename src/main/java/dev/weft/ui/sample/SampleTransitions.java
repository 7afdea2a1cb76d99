package dev.weft.ui.sample;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.Transition;
import dev.weft.state.ZoneSnapshot;
import java.util.ArrayList;
import java.util.List;

/// For snapshots made without a model (samples, synthetic feeds): adds the transitions the model
/// would have recorded between two of them, so the timeline and notifications see them. Pure.
public final class SampleTransitions {
  private SampleTransitions() {}

  /// `after` with `before`'s history plus what changed from `before` to it.
  public static FabricSnapshot between(FabricSnapshot before, FabricSnapshot after) {
    long seq = before.transitions().isEmpty() ? 0 : before.transitions().getLast().seq();
    List<Transition> added = new ArrayList<>();
    for (ZoneSnapshot zone : after.zones().values()) {
      ZoneSnapshot was = before.zones().get(zone.name());
      if (was == null) {
        continue;
      }
      ConnectionPhase from = was.connection().phase();
      ConnectionPhase to = zone.connection().phase();
      if (from != to && (trouble(to) || (to == ConnectionPhase.LIVE && trouble(from)))) {
        added.add(
            new Transition.ConnectionChanged(
                ++seq, after.at(), zone.name(), from, to, zone.connection().reason()));
      }
      for (PlacementSnapshot p : zone.placements().values()) {
        PlacementSnapshot old = was.placements().get(p.app());
        if (old != null
            && old.health() != p.health()
            && old.health() != Health.UNKNOWN
            && p.health() != Health.UNKNOWN) {
          added.add(
              new Transition.PlacementChanged(
                  ++seq, after.at(), zone.name(), p.app(), old.health(), p.health()));
        }
      }
    }
    List<Transition> all = new ArrayList<>(before.transitions());
    all.addAll(added);
    return new FabricSnapshot(
        after.fabric(), after.version(), after.at(), after.zones(), after.gateway(), all);
  }

  private static boolean trouble(ConnectionPhase p) {
    return p != ConnectionPhase.CONNECTING
        && p != ConnectionPhase.SYNCING
        && p != ConnectionPhase.LIVE;
  }
}
