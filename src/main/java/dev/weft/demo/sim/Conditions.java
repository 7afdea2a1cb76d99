package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Status conditions that keep their timestamps unless something about them changes, as
/// Kubernetes keeps them (and so that rewriting an unchanged status is not a change). Not
/// thread-safe; used on one thread for one status write.
final class Conditions {
  private final Map<String, ObjectNode> byType = new LinkedHashMap<>();

  Conditions(JsonNode status) {
    for (JsonNode c : status.path("conditions")) {
      byType.put(Json.text(c, "type"), (ObjectNode) c.deepCopy());
    }
  }

  void set(String type, boolean value, String reason, String message) {
    set(type, value ? "True" : "False", reason, message, false);
  }

  /// Sets a condition; `touch` renews its lastUpdateTime even when nothing else changed (the
  /// deployment controller does so each time a rollout makes progress).
  void set(String type, String status, String reason, String message, boolean touch) {
    ObjectNode old = byType.get(type);
    String now = Json.timestamp(Instant.now());
    ObjectNode next = Json.object().put("type", type).put("status", status);
    boolean same =
        old != null
            && Json.text(old, "status").equals(status)
            && Json.text(old, "reason").equals(reason)
            && Json.text(old, "message").equals(message);
    next.put("lastUpdateTime", same && !touch ? Json.text(old, "lastUpdateTime") : now);
    boolean transition = old == null || !Json.text(old, "status").equals(status);
    next.put("lastTransitionTime", transition ? now : Json.text(old, "lastTransitionTime"));
    next.put("reason", reason).put("message", message);
    byType.put(type, next);
  }

  /// Sets a condition that carries the `observedGeneration` it was computed at (Gateway API).
  void set(String type, boolean value, String reason, String message, long generation) {
    JsonNode old = byType.get(type);
    boolean same = old != null && old.path("observedGeneration").asLong(-1) == generation;
    set(type, value ? "True" : "False", reason, message, false);
    ObjectNode next = byType.get(type);
    next.remove("lastUpdateTime");
    next.put("observedGeneration", generation);
    if (same && Json.text(old, "status").equals(Json.text(next, "status"))) {
      next.put("lastTransitionTime", Json.text(old, "lastTransitionTime"));
    }
  }

  /// The condition of `type` as it was before this write, or null.
  JsonNode get(String type) {
    return byType.get(type);
  }

  ArrayNode array() {
    ArrayNode array = Json.NODES.arrayNode();
    byType.values().forEach(array::add);
    return array;
  }
}
