package dev.weft.ui.map;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.ui.Messages;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// A map's caption in words: the fabric's name and how many placements stand how, at what time.
/// Pure and thread-safe.
public record MapSummary(String title, String subtitle) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public static MapSummary of(FabricSnapshot snapshot) {
    Map<Health, Integer> counts = new EnumMap<>(Health.class);
    int total = 0;
    for (var zone : snapshot.zones().values()) {
      for (PlacementSnapshot p : zone.placements().values()) {
        counts.merge(p.health(), 1, Integer::sum);
        total++;
      }
    }
    String subtitle =
        Messages.get(
            "map.subtitle",
            snapshot.zones().size(),
            total,
            standing(counts, total),
            TIME.format(snapshot.at()));
    return new MapSummary(snapshot.fabric().name(), subtitle);
  }

  /// "all healthy", or only the counts that are not zero, worst first: a caption of zeros is
  /// noise a stakeholder has to read past.
  private static String standing(Map<Health, Integer> counts, int total) {
    if (counts.getOrDefault(Health.HEALTHY, 0) == total) {
      return Messages.get("map.allHealthy");
    }
    List<String> parts = new ArrayList<>();
    for (Health h : List.of(Health.DOWN, Health.DEGRADED, Health.UNKNOWN, Health.HEALTHY)) {
      int n = counts.getOrDefault(h, 0);
      if (n > 0) {
        parts.add(Messages.get("map.count." + h.name().toLowerCase(Locale.ROOT), n));
      }
    }
    return String.join(", ", parts);
  }
}
