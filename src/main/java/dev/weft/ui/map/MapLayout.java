package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapGeometry.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Where everything of one [MapShape] goes, in map pixels: the gateway, one lane per zone (in
/// `columns` columns, see [LaneGrid]), the gateway's edge to each, one box per placement
/// (`app@zone`) and the routed dependency edges. Immutable and thread-safe.
///
/// @param lanes in fabric order
/// @param gatewayRoutes in fabric order, one per lane
public record MapLayout(
    MapShape shape,
    int columns,
    double width,
    double height,
    Box gateway,
    List<Lane> lanes,
    List<GatewayRoute> gatewayRoutes,
    Map<String, Box> placements,
    List<Route> dependencies) {

  public MapLayout {
    lanes = List.copyOf(lanes);
    gatewayRoutes = List.copyOf(gatewayRoutes);
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

  public Optional<GatewayRoute> gatewayRoute(String zone) {
    return gatewayRoutes.stream().filter(r -> r.zone().equals(zone)).findFirst();
  }
}
