package dev.weft.ui.canary;

import java.time.Duration;
import java.util.List;

/// What the Start dialog asks, with its defaults from the fabric's `canary` settings. Immutable.
///
/// @param image the stable image now (the dialog suggests changing its tag)
/// @param zones the zones of `canary.order`, the first the default
public record StartForm(String app, String image, List<String> zones, int replicas, Duration soak) {
  public StartForm {
    zones = List.copyOf(zones);
  }
}
