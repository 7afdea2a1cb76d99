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
    String status = value ? "True" : "False";
    ObjectNode old = byType.get(type);
    String now = Json.timestamp(Instant.now());
    ObjectNode next = Json.object().put("type", type).put("status", status);
    boolean same =
        old != null
            && Json.text(old, "status").equals(status)
            && Json.text(old, "reason").equals(reason)
            && Json.text(old, "message").equals(message);
    next.put("lastUpdateTime", same ? Json.text(old, "lastUpdateTime") : now);
    boolean transition = old == null || !Json.text(old, "status").equals(status);
    next.put("lastTransitionTime", transition ? now : Json.text(old, "lastTransitionTime"));
    next.put("reason", reason).put("message", message);
    byType.put(type, next);
  }

  ArrayNode array() {
    ArrayNode array = Json.NODES.arrayNode();
    byType.values().forEach(array::add);
    return array;
  }
}
