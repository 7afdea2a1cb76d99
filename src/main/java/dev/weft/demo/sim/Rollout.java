package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// One step of a rolling update: how many replicas each replica set of a deployment should ask
/// for now, within maxSurge (extra pods over the desired count) and maxUnavailable (pods below
/// it that may be not ready). Pure function; thread-safe.
final class Rollout {
  record Plan(Map<String, Integer> replicas, int maxSurge, int maxUnavailable) {}

  private Rollout() {}

  static Plan plan(
      JsonNode deployment,
      JsonNode current,
      List<ObjectNode> sets,
      Map<String, List<ObjectNode>> pods) {
    int desired = (int) Json.number(deployment, "spec", "replicas");
    JsonNode rolling = deployment.path("spec").path("strategy").path("rollingUpdate");
    int surge = resolve(rolling.path("maxSurge"), desired, true, "25%");
    int unavailable = resolve(rolling.path("maxUnavailable"), desired, false, "25%");
    if (surge == 0 && unavailable == 0) {
      unavailable = 1;
    }
    String currentName = Json.name(current);
    Map<String, Integer> replicas = new HashMap<>();
    int totalSpec = 0;
    int totalReady = 0;
    for (ObjectNode rs : sets) {
      replicas.put(Json.name(rs), (int) Json.number(rs, "spec", "replicas"));
      totalSpec += (int) Json.number(rs, "spec", "replicas");
      totalReady += ready(pods.get(Json.name(rs)));
    }
    // Scale the current replica set up as far as surge allows, or down to the desired count.
    int now = replicas.get(currentName);
    if (now > desired) {
      totalSpec -= now - desired;
      now = desired;
    } else if (now < desired) {
      int room = Math.max(0, desired + surge - totalSpec);
      int step = Math.min(room, desired - now);
      totalSpec += step;
      now += step;
    }
    replicas.put(currentName, now);
    // Scale old replica sets down: their not-ready pods first (they add no availability), then
    // ready ones as long as availability stays at or above desired - maxUnavailable.
    int canRemoveReady = Math.max(0, totalReady - (desired - unavailable));
    for (ObjectNode rs : sets) {
      String name = Json.name(rs);
      if (name.equals(currentName)) {
        continue;
      }
      int want = replicas.get(name);
      int ready = ready(pods.get(name));
      int notReady = Math.max(0, want - ready);
      want -= notReady;
      int remove = Math.min(canRemoveReady, want);
      want -= remove;
      canRemoveReady -= remove;
      replicas.put(name, want);
    }
    return new Plan(replicas, surge, unavailable);
  }

  /// An int-or-percent of `desired`: surge rounds up, unavailability rounds down.
  static int resolve(JsonNode value, int desired, boolean roundUp, String fallback) {
    String text = value.isMissingNode() || value.isNull() ? fallback : value.asString("");
    try {
      if (text.endsWith("%")) {
        double share = desired * Integer.parseInt(text.substring(0, text.length() - 1)) / 100.0;
        return (int) (roundUp ? Math.ceil(share) : Math.floor(share));
      }
      return Integer.parseInt(text);
    } catch (NumberFormatException malformed) {
      // Stored some other way than through the API, which refuses it: use the default.
      return fallback.equals(text)
          ? 0
          : resolve(Json.NODES.missingNode(), desired, roundUp, fallback);
    }
  }

  private static int ready(List<ObjectNode> pods) {
    return pods == null ? 0 : (int) pods.stream().filter(PodLifecycle::isReady).count();
  }
}
