package dev.weft.ui.sample;

import dev.weft.fabric.App;
import dev.weft.fabric.Canary;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Gateway;
import dev.weft.fabric.HealthGates;
import dev.weft.fabric.Zone;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/// Realistic fabrics and snapshots for renders, tests and the UI benchmark, built without any
/// cluster. Deterministic: the same arguments always give the same snapshot. Thread-safe.
public final class SampleSnapshots {
  private SampleSnapshots() {}

  /// The reference topology: gateway → gz-1, sh-1, bj-1, each running app1 → app2 → app3.
  public static Fabric threeZoneFabric() {
    List<Zone> zones =
        List.of(
            zone("gz-1", "Guangzhou zone 1", "south"),
            zone("sh-1", "Shanghai zone 1", "east"),
            zone("bj-1", "Beijing zone 1", "north"));
    Map<String, List<String>> regions = new LinkedHashMap<>();
    regions.put("south", List.of("gz-1", "sh-1", "bj-1"));
    regions.put("east", List.of("sh-1", "bj-1", "gz-1"));
    regions.put("north", List.of("bj-1", "sh-1", "gz-1"));
    List<App> apps =
        List.of(
            new App("app1", "app1", List.of("app2"), null),
            new App("app2", "app2", List.of("app3"), "app2.{zone}.health.example"),
            new App("app3", "app3", List.of(), null));
    return fabric("health", zones, regions, apps);
  }

  /// Every placement of the three-zone fabric healthy and live.
  public static FabricSnapshot threeZonesHealthy(Instant now) {
    SnapshotBuilder b = new SnapshotBuilder(threeZoneFabric(), now);
    b.weight("gz-1", 40).weight("sh-1", 35).weight("bj-1", 25);
    for (String zone : List.of("gz-1", "sh-1", "bj-1")) {
      b.healthy("app1", zone, 3, "1.4.2").healthy("app2", zone, 3, "1.4.2");
      b.healthy("app3", zone, 2, "2.0.1");
    }
    return b.build(1);
  }

  /// An incident in progress: app2@gz-1 down with app1@gz-1 rerouted to sh-1, a canary of app3
  /// in sh-1, a degraded app1 in sh-1 and bj-1 stale for 12 s.
  public static FabricSnapshot threeZonesIncident(Instant now) {
    SnapshotBuilder b = new SnapshotBuilder(threeZoneFabric(), now);
    b.weight("gz-1", 20).weight("sh-1", 50).weight("bj-1", 30);
    b.placement("app1", "gz-1", 3, 3, "1.4.2", 0, null, 0, Health.HEALTHY, "sh-1");
    b.placement("app2", "gz-1", 3, 0, "1.4.2", 0, null, 7, Health.DOWN, null);
    b.healthy("app3", "gz-1", 2, "2.0.1");
    b.placement("app1", "sh-1", 3, 2, "1.4.2", 0, null, 3, Health.DEGRADED, null);
    b.healthy("app2", "sh-1", 3, "1.4.2");
    b.placement("app3", "sh-1", 3, 3, "2.0.1", 1, "2.1.0-rc1", 0, Health.HEALTHY, null);
    b.connection("bj-1", ConnectionPhase.STALE, "watch closed: connection reset by peer", ago(12));
    b.placement("app1", "bj-1", 3, 3, "1.4.2", 0, null, 0, Health.UNKNOWN, null);
    b.placement("app2", "bj-1", 3, 3, "1.4.2", 0, null, 0, Health.UNKNOWN, null);
    b.placement("app3", "bj-1", 2, 2, "2.0.1", 0, null, 0, Health.UNKNOWN, null);
    return b.build(42);
  }

  /// A large fabric: `zoneCount` zones × `appCount` apps wired as a layered DAG, with a few
  /// degraded, down, canary and rerouted placements, one stale zone and one unreachable zone.
  public static FabricSnapshot large(int zoneCount, int appCount, Instant now) {
    Fabric fabric = largeFabric(zoneCount, appCount);
    SnapshotBuilder b = new SnapshotBuilder(fabric, now);
    Random random = new Random(7);
    List<Zone> zones = fabric.zones();
    for (int z = 0; z < zones.size(); z++) {
      String zone = zones.get(z).name();
      boolean stale = z == zones.size() - 2;
      boolean unreachable = z == zones.size() - 1 && zones.size() > 3;
      if (stale) {
        b.connection(zone, ConnectionPhase.STALE, "watch expired, relisting", ago(47));
      } else if (unreachable) {
        b.connection(
            zone,
            ConnectionPhase.UNREACHABLE,
            "dial tcp: lookup api." + zone + ".example: no such host",
            ago(600));
        b.weight(zone, 0);
      }
      for (int a = 0; a < fabric.apps().size(); a++) {
        App app = fabric.apps().get(a);
        int pods = 2 + (a * 7 + z) % 5 + (a % 9 == 0 ? 14 : 0);
        if (stale || unreachable) {
          int ready = unreachable ? 0 : pods;
          b.placement(app.name(), zone, pods, ready, "3.2.0", 0, null, 0, Health.UNKNOWN, null);
          continue;
        }
        double roll = random.nextDouble();
        if (roll < 0.015) {
          String reroute = zones.get((z + 1) % zones.size()).name();
          b.placement(app.name(), zone, pods, 0, "3.2.0", 0, null, 9, Health.DOWN, null);
          reroutedDependents(fabric, app.name()).stream()
              .findFirst()
              .ifPresent(d -> b.reroute(d, zone, reroute));
        } else if (roll < 0.07) {
          b.placement(app.name(), zone, pods, pods - 1, "3.2.0", 0, null, 2, Health.DEGRADED, null);
        } else if (z == 0 && a % 11 == 3) {
          b.placement(
              app.name(), zone, pods, pods, "3.2.0", 1, "3.3.0-rc2", 0, Health.HEALTHY, null);
        } else {
          b.healthy(app.name(), zone, pods, "3.2.0");
        }
      }
    }
    return b.build(1000);
  }

  /// The large fabric's shape with every zone live and every placement healthy: what an idle
  /// window watches (`weft bench ui --idle`).
  public static FabricSnapshot quiet(int zoneCount, int appCount, Instant now) {
    Fabric fabric = largeFabric(zoneCount, appCount);
    SnapshotBuilder b = new SnapshotBuilder(fabric, now);
    for (Zone zone : fabric.zones()) {
      for (App app : fabric.apps()) {
        b.healthy(app.name(), zone.name(), 3, "3.2.0");
      }
    }
    return b.build(1000);
  }

  private static List<String> reroutedDependents(Fabric fabric, String app) {
    List<String> dependents = new ArrayList<>();
    for (App candidate : fabric.apps()) {
      if (candidate.dependsOn().contains(app)) {
        dependents.add(candidate.name());
      }
    }
    return dependents;
  }

  /// The large fabric's shape: service-like names, dependencies pointing to later tiers only.
  public static Fabric largeFabric(int zoneCount, int appCount) {
    String[] cities = {"gz", "sh", "bj", "cd", "hz", "sz", "wh", "xa", "nj", "cq", "tj", "qd"};
    String[] cityNames = {
      "Guangzhou",
      "Shanghai",
      "Beijing",
      "Chengdu",
      "Hangzhou",
      "Shenzhen",
      "Wuhan",
      "Xi'an",
      "Nanjing",
      "Chongqing",
      "Tianjin",
      "Qingdao"
    };
    String[] regionOf = {"south", "east", "north", "west"};
    List<Zone> zones = new ArrayList<>();
    for (int i = 0; i < zoneCount; i++) {
      String city = cities[i % cities.length];
      String name = city + "-" + (1 + i / cities.length);
      String display = cityNames[i % cities.length] + " zone " + (1 + i / cities.length);
      zones.add(zone(name, display, regionOf[i % 4]));
    }
    Map<String, List<String>> regions = new LinkedHashMap<>();
    for (int r = 0; r < Math.min(4, zoneCount); r++) {
      List<String> order = new ArrayList<>();
      for (int i = 0; i < Math.min(3, zoneCount); i++) {
        order.add(zones.get((r + i * 4) % zoneCount).name());
      }
      regions.put(regionOf[r], order);
    }
    List<String> names = ServiceNames.first(appCount);
    Random random = new Random(11);
    int tiers = Math.max(2, (int) Math.round(Math.sqrt(appCount) * 0.9));
    List<App> apps = new ArrayList<>();
    for (int i = 0; i < appCount; i++) {
      int tier = i * tiers / appCount;
      List<String> deps = new ArrayList<>();
      if (tier < tiers - 1) {
        int nextStart = (tier + 1) * appCount / tiers;
        int nextEnd = Math.min(appCount, (tier + 2) * appCount / tiers);
        int count = 1 + random.nextInt(2);
        for (int d = 0; d < count; d++) {
          String dep = names.get(nextStart + random.nextInt(Math.max(1, nextEnd - nextStart)));
          if (!deps.contains(dep)) {
            deps.add(dep);
          }
        }
      }
      apps.add(new App(names.get(i), names.get(i), deps, "{zone}." + names.get(i) + ".example"));
    }
    return fabric("shop", zones, regions, apps);
  }

  private static Duration ago(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static Zone zone(String name, String display, String region) {
    return new Zone(name, display, region, "tke-" + name, "health", "health-" + name);
  }

  private static Fabric fabric(
      String name, List<Zone> zones, Map<String, List<String>> regions, List<App> apps) {
    List<String> order = zones.stream().map(Zone::name).toList();
    return new Fabric(
        Path.of(name + ".yaml"),
        name,
        Optional.empty(),
        new Gateway("edge", "edge", name),
        zones,
        regions,
        apps,
        new Canary(order, HealthGates.defaults()));
  }
}
