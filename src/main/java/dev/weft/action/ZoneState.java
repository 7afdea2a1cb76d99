package dev.weft.action;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// A zone as the planner reads it live: reachable or not (and why), and each app's Deployment
/// replicas and health. Immutable.
///
/// @param apps app name → its Deployment's state; an app without a Deployment is absent
record ZoneState(String zone, boolean reachable, String reason, Map<String, AppState> apps) {

  /// @param healthy ready = desired (or desired 0) and `Progressing` is not False
  record AppState(int desired, int ready, boolean healthy) {}

  /// Whether every app of `apps` runs healthy here.
  boolean healthyFor(List<String> names) {
    return reachable && names.stream().allMatch(a -> apps.containsKey(a) && apps.get(a).healthy());
  }

  /// `app2 has 1 of 3 ready, app3 missing`, for the apps of `names` that are not healthy.
  String unhealthy(List<String> names) {
    if (!reachable) {
      return "unreachable: " + reason;
    }
    StringBuilder b = new StringBuilder();
    for (String a : names) {
      AppState s = apps.get(a);
      if (s == null || !s.healthy()) {
        b.append(b.isEmpty() ? "" : ", ")
            .append(a)
            .append(
                s == null
                    ? " has no Deployment"
                    : " has " + s.ready() + " of " + s.desired() + " ready");
      }
    }
    return b.toString();
  }

  int ready(String app) {
    AppState s = apps.get(app);
    return s == null ? 0 : s.ready();
  }

  /// Reads every zone of `fabric` at once (one list of Deployments per zone).
  static Map<String, ZoneState> read(Fabric fabric, Clusters clusters) {
    Map<String, ZoneState> out = new LinkedHashMap<>();
    for (ZoneState z : Parallel.map(fabric.zones(), z -> read(fabric, clusters, z))) {
      out.put(z.zone(), z);
    }
    return out;
  }

  private static ZoneState read(Fabric fabric, Clusters clusters, Zone zone) {
    ObjectNode list;
    try {
      list = clusters.api(zone.name()).get(Paths.deployments(zone.namespace()));
    } catch (ApiException e) {
      return new ZoneState(zone.name(), false, e.describe(), Map.of());
    }
    Map<String, AppState> apps = new LinkedHashMap<>();
    for (App app : fabric.apps()) {
      for (JsonNode d : list.path("items")) {
        if (app.deployment().equals(Jsons.string(d, "metadata", "name"))) {
          apps.put(app.name(), state(d));
        }
      }
    }
    return new ZoneState(zone.name(), true, "", apps);
  }

  private static AppState state(JsonNode d) {
    int desired = d.path("spec").path("replicas").asInt(1);
    int ready = d.path("status").path("readyReplicas").asInt(0);
    boolean progressing = true;
    for (JsonNode c : d.path("status").path("conditions")) {
      if ("Progressing".equals(Jsons.string(c, "type"))
          && "False".equals(Jsons.string(c, "status"))) {
        progressing = false;
      }
    }
    return new AppState(desired, ready, (desired == 0 || ready >= desired) && progressing);
  }
}
