package dev.weft.fabric;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// One application spread over zones, as a fabric file describes it. Immutable and validated:
/// names are unique, every reference resolves and the dependency graph has no cycle.
///
/// @param source the file this fabric was read from (for messages and relative paths)
/// @param name the fabric's DNS-1123 name
/// @param kubeconfig the kubeconfig file the fabric names, resolved against the fabric file's
///     folder; empty means the user's own (`KUBECONFIG`, then `~/.kube/config`)
/// @param regions per user region, the zones nearest first; regions in file order
public record Fabric(
    Path source,
    String name,
    Optional<Path> kubeconfig,
    Gateway gateway,
    List<Zone> zones,
    Map<String, List<String>> regions,
    List<App> apps,
    Canary canary) {

  public Fabric {
    zones = List.copyOf(zones);
    regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
    apps = List.copyOf(apps);
  }

  public Optional<Zone> zone(String zoneName) {
    return zones.stream().filter(z -> z.name().equals(zoneName)).findFirst();
  }

  public Optional<App> app(String appName) {
    // A loop, not a stream: the window asks this for every app that is down, every frame.
    for (App a : apps) {
      if (a.name().equals(appName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
