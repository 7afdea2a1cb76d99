package dev.weft.ui.action;

import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.map.PlacementViewModel;
import java.util.Optional;
import javafx.scene.Node;

/// Finds what a pointer is over on the map, by the ids the map's nodes carry: `lane-<zone>` on
/// a lane (style class `lane`), `gw-edge-<zone>` on a gateway edge and `gw-weight-<zone>` on
/// its percent, `placement-<app>-<zone>`
/// on a placement.
///
/// Threading: FX thread only.
final class MapTargets {
  /// What was hit: a placement (`app@zone`), a lane header, a lane or a gateway edge.
  record Hit(String zone, String placement, boolean header, boolean edge) {}

  private final MapViewModel map;

  MapTargets(MapViewModel map) {
    this.map = map;
  }

  Optional<Hit> at(Node hit) {
    boolean header = false;
    for (Node n = hit; n != null; n = n.getParent()) {
      String id = n.getId() == null ? "" : n.getId();
      if (n.getStyleClass().contains("lane-header")) {
        header = true;
      }
      if (n.getStyleClass().contains("placement") && id.startsWith("placement-")) {
        for (PlacementViewModel p : map.placements()) {
          if (nodeId(p.id()).equals(id)) {
            return Optional.of(new Hit(p.zone(), p.id(), false, false));
          }
        }
      }
      if (n.getStyleClass().contains("lane") && id.startsWith("lane-")) {
        return Optional.of(new Hit(id.substring("lane-".length()), null, header, false));
      }
      if (id.startsWith("gw-edge-")) {
        return Optional.of(new Hit(id.substring("gw-edge-".length()), null, false, true));
      }
      if (id.startsWith("gw-weight-")) {
        return Optional.of(new Hit(id.substring("gw-weight-".length()), null, false, true));
      }
    }
    return Optional.empty();
  }

  /// The map's node id of a placement (`app@zone` is not a valid CSS id).
  static String nodeId(String placementId) {
    return "placement-" + placementId.replace('@', '-');
  }
}
