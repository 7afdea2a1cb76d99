package dev.weft.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Names, regions and display names of the demo's zones: gz-1 (south), sh-1 (east), bj-1
/// (north), then more Chinese cities, then second zones (gz-2, …). Stateless.
final class DemoZones {
  record ZoneName(String name, String region, String displayName) {}

  private static final List<String[]> CITIES =
      List.of(
          new String[] {"gz", "south", "Guangzhou"},
          new String[] {"sh", "east", "Shanghai"},
          new String[] {"bj", "north", "Beijing"},
          new String[] {"sz", "south", "Shenzhen"},
          new String[] {"hz", "east", "Hangzhou"},
          new String[] {"cd", "south", "Chengdu"},
          new String[] {"wh", "east", "Wuhan"},
          new String[] {"nj", "east", "Nanjing"},
          new String[] {"xa", "north", "Xi'an"},
          new String[] {"cq", "south", "Chongqing"});

  /// Nearest regions first, per user region.
  static final Map<String, List<String>> NEAREST =
      Map.of(
          "south", List.of("south", "east", "north"),
          "east", List.of("east", "north", "south"),
          "north", List.of("north", "east", "south"));

  private DemoZones() {}

  static List<ZoneName> first(int count) {
    List<ZoneName> zones = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] city = CITIES.get(i % CITIES.size());
      int number = i / CITIES.size() + 1;
      zones.add(new ZoneName(city[0] + "-" + number, city[1], city[2] + " zone " + number));
    }
    return zones;
  }

  /// The zones in nearest-first order for users of `region`.
  static List<String> nearestFirst(String region, List<ZoneName> zones) {
    List<String> order = new ArrayList<>();
    for (String r : NEAREST.get(region)) {
      zones.stream().filter(z -> z.region().equals(r)).forEach(z -> order.add(z.name()));
    }
    return order;
  }

  static List<String> regions(List<ZoneName> zones) {
    return List.of("south", "east", "north").stream()
        .filter(r -> zones.stream().anyMatch(z -> z.region().equals(r)))
        .toList();
  }
}
