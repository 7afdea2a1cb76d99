package dev.weft.ui.map;

/// What a placement's context menu can do. Failover and canary are hooks that later issues fill;
/// until then they report themselves unavailable and the menu shows them disabled.
///
/// Threading: FX thread only.
public interface PlacementActions {
  void copyKubectl(String placementId);

  default boolean canFailover(String placementId) {
    return false;
  }

  default void failover(String placementId) {}

  default boolean canCanary(String placementId) {
    return false;
  }

  default void canary(String placementId) {}
}
