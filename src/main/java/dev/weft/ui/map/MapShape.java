package dev.weft.ui.map;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.util.List;

/// What the layout depends on: zone order, apps and their dependencies, and nothing that changes
/// with health. Two snapshots with equal shapes share one layout, so nodes never jump.
///
/// @param regions region names in order; the gateway card lists their routes
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
        fabric.regions().keySet().stream().sorted().toList());
  }

  /// Large fabrics draw smaller nodes that show name, health and pods only.
  public boolean compact() {
    return apps.size() > 12 || zones.size() * apps.size() > 60;
  }
}
