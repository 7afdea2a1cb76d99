package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapGeometry.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Where everything of one [MapShape] goes, in map pixels: the gateway, one lane per zone, one
/// box per placement (`app@zone`) and the routed dependency edges. Immutable and thread-safe.
public record MapLayout(
    MapShape shape,
    double width,
    double height,
    Box gateway,
    List<Lane> lanes,
    Map<String, Box> placements,
    List<Route> dependencies) {

  public MapLayout {
    lanes = List.copyOf(lanes);
    placements = Map.copyOf(placements);
    dependencies = List.copyOf(dependencies);
  }

  public boolean compact() {
    return shape.compact();
  }

  public Optional<Box> placement(String id) {
    return Optional.ofNullable(placements.get(id));
  }

  public Optional<Lane> lane(String zone) {
    return lanes.stream().filter(l -> l.zone().equals(zone)).findFirst();
  }
}
