package dev.weft.ui.map;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import java.util.HashMap;
import java.util.Map;

/// Finds each app's baseline version: the tag most of its pods run across all zones (ties go to
/// the smaller tag, so the answer is stable). Any other tag is a canary. Pure and thread-safe.
final class Baselines {
  private Baselines() {}

  static Map<String, String> of(FabricSnapshot snapshot) {
    // Counted in int cells, not boxed sums: this runs on every busy frame over every placement.
    Map<String, Map<String, int[]>> counts = new HashMap<>();
    for (ZoneSnapshot zone : snapshot.zones().values()) {
      for (PlacementSnapshot p : zone.placements().values()) {
        Map<String, int[]> tags = counts.computeIfAbsent(p.app(), a -> new HashMap<>(4));
        for (var v : p.versions().entrySet()) {
          tags.computeIfAbsent(v.getKey(), t -> new int[1])[0] += v.getValue();
        }
      }
    }
    Map<String, String> baselines = new HashMap<>();
    counts.forEach(
        (app, tags) -> {
          String best = null;
          int bestCount = -1;
          for (var e : tags.entrySet()) {
            int n = e.getValue()[0];
            boolean more = n > bestCount;
            boolean tieSmaller = n == bestCount && e.getKey().compareTo(best) < 0;
            if (more || tieSmaller) {
              best = e.getKey();
              bestCount = n;
            }
          }
          if (best != null) {
            baselines.put(app, best);
          }
        });
    return baselines;
  }
}
