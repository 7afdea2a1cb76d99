package dev.weft.testing;

import dev.weft.fabric.App;
import dev.weft.fabric.Canary;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Gateway;
import dev.weft.fabric.HealthGates;
import dev.weft.fabric.Zone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Fabric records for tests: zones named as their contexts, apps app1 → app2 → app3.
public final class Fabrics {
  public static final String NAMESPACE = "health";

  private Fabrics() {}

  public static List<App> apps() {
    return List.of(
        new App("app1", "app1", List.of("app2"), null),
        new App("app2", "app2", List.of("app3"), "app2.{zone}.health.example"),
        new App("app3", "app3", List.of(), null));
  }

  /// A fabric of `zones` (each zone's context is its name) and a gateway on context `edge`,
  /// or no gateway when `gateway` is false.
  public static Fabric of(boolean gateway, String... zones) {
    List<Zone> list = new ArrayList<>();
    for (String z : zones) {
      list.add(new Zone(z, z, null, z, NAMESPACE, "health-" + z));
    }
    return new Fabric(
        Path.of("test.yaml"),
        "health",
        Optional.empty(),
        gateway ? new Gateway("edge", "edge", "health") : null,
        list,
        Map.of(),
        apps(),
        new Canary(List.of(zones), HealthGates.defaults()));
  }
}
