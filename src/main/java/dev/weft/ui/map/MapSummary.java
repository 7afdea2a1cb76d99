package dev.weft.ui.map;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.ui.Messages;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
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
            counts.getOrDefault(Health.HEALTHY, 0),
            counts.getOrDefault(Health.DEGRADED, 0),
            counts.getOrDefault(Health.DOWN, 0),
            counts.getOrDefault(Health.UNKNOWN, 0),
            TIME.format(snapshot.at()));
    return new MapSummary(snapshot.fabric().name(), subtitle);
  }
}
