package dev.weft.ui.timeline;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// A placement whose health changed between two snapshots. Pure and thread-safe.
public record HealthTransition(Instant at, String zone, String app, Health from, Health to) {

  public String placementId() {
    return app + "@" + zone;
  }

  /// Every placement present in both snapshots whose health differs, in fabric order.
  public static List<HealthTransition> between(FabricSnapshot before, FabricSnapshot after) {
    List<HealthTransition> out = new ArrayList<>();
    if (before == null) {
      return out;
    }
    for (ZoneSnapshot zone : after.zones().values()) {
      ZoneSnapshot old = before.zones().get(zone.name());
      if (old == null) {
        continue;
      }
      for (PlacementSnapshot p : zone.placements().values()) {
        PlacementSnapshot was = old.placements().get(p.app());
        if (was != null && was.health() != p.health()) {
          out.add(new HealthTransition(after.at(), p.zone(), p.app(), was.health(), p.health()));
        }
      }
    }
    return out;
  }
}
