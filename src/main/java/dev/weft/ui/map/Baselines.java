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
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (ZoneSnapshot zone : snapshot.zones().values()) {
      for (PlacementSnapshot p : zone.placements().values()) {
        Map<String, Integer> tags = counts.computeIfAbsent(p.app(), a -> new HashMap<>());
        p.versions().forEach((tag, n) -> tags.merge(tag, n, Integer::sum));
      }
    }
    Map<String, String> baselines = new HashMap<>();
    counts.forEach(
        (app, tags) -> {
          String best = null;
          int bestCount = -1;
          for (var e : tags.entrySet()) {
            boolean more = e.getValue() > bestCount;
            boolean tieSmaller = e.getValue() == bestCount && e.getKey().compareTo(best) < 0;
            if (more || tieSmaller) {
              best = e.getKey();
              bestCount = e.getValue();
            }
          }
          if (best != null) {
            baselines.put(app, best);
          }
        });
    return baselines;
  }
}
