package dev.weft.ui.map;

/// Keyboard navigation between nodes: left/right along dependencies, up/down across lanes.
public enum NavigationDirection {
  LEFT,
  RIGHT,
  UP,
  DOWN
}
