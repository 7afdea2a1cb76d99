package dev.weft.ui.map;

/// What a placement's context menu can do. Failover entries come from the action views; canary
/// is a hook a later issue fills, until then shown disabled.
///
/// Threading: FX thread only.
public interface PlacementActions {
  void copyKubectl(String placementId);

  /// The failover entries for `placementId` (drain, reroute ▸ zone, fail back).
  default java.util.List<javafx.scene.control.MenuItem> failoverItems(String placementId) {
    return java.util.List.of();
  }

  default boolean canCanary(String placementId) {
    return false;
  }

  default void canary(String placementId) {}
}
