package dev.weft.ui.map;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import dev.weft.ui.map.GatewayViewModel.RegionRoute;
import java.util.List;
import java.util.Map;

/// What the layout depends on: zone order, apps and their dependencies, and nothing that changes
/// with health. Two snapshots with equal shapes share one layout, so nodes never jump.
///
/// @param regions each region's route as the gateway card lists it ("east → sh-1 › hz-1"), in
///     region order: the card's height depends on how these lines wrap
public record MapShape(List<String> zones, List<App> apps, List<String> regions) {
  public MapShape {
    zones = List.copyOf(zones);
    apps = List.copyOf(apps);
    regions = List.copyOf(regions);
  }

  public static MapShape of(Fabric fabric) {
    return new MapShape(
        fabric.zones().stream().map(Zone::name).toList(),
        fabric.apps(),
        fabric.regions().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new RegionRoute(e.getKey(), e.getValue()).text())
            .toList());
  }

  /// Large fabrics draw smaller nodes that show name, health and pods only.
  public boolean compact() {
    return apps.size() > 12 || zones.size() * apps.size() > 60;
  }
}
