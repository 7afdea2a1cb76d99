package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import java.time.Instant;
import java.util.ArrayDeque;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Writes core/v1 Events as the kubelet and controllers do: one Event per object, type, reason
/// and message (client-go's event correlator), whose `count` grows on repeats, named
/// `<object>.<hex nanoseconds>`; the oldest are dropped past a cap so a long demo stays small.
/// Keyed by reason alone, every "Scaled up replica set … to N" of a deployment was one event
/// showing only its last message ("x24"), which `kubectl describe` does not do on a cluster.
///
/// Confined to its zone's simulator thread.
final class EventRecorder {
  private static final int CAP = 1000;

  private final ObjectStore store;
  private final String zone;
  private final ArrayDeque<String[]> created = new ArrayDeque<>();
  /// The event each object, type, reason and message was recorded as, by that key.
  private final java.util.Map<String, String> names = new java.util.HashMap<>();
  private long lastNanos;

  EventRecorder(ObjectStore store, String zone) {
    this.store = store;
    this.zone = zone;
  }

  void warning(JsonNode object, String reason, String message) {
    record(object, "Warning", reason, message);
  }

  void normal(JsonNode object, String reason, String message) {
    record(object, "Normal", reason, message);
  }

  private void record(JsonNode object, String type, String reason, String message) {
    String namespace = Json.namespace(object);
    String key =
        String.join(
            "\u0000", namespace, Json.text(object, "metadata", "uid"), type, reason, message);
    String name = names.get(key);
    String now = Json.timestamp(Instant.now());
    ObjectNode existing = name == null ? null : store.get(ResourceType.EVENTS, namespace, name);
    if (existing == null) {
      Instant at = Instant.now();
      long nanos = Math.max(lastNanos + 1, at.getEpochSecond() * 1_000_000_000L + at.getNano());
      lastNanos = nanos;
      name = Json.name(object) + "." + Long.toHexString(nanos);
    } else {
      try {
        store.modify(
            ResourceType.EVENTS,
            namespace,
            name,
            e ->
                e.put("count", e.path("count").asInt(1) + 1)
                    .put("lastTimestamp", now)
                    .put("message", message));
        return;
      } catch (StoreException gone) {
        // Deleted meanwhile (kubectl delete events): write a fresh one below.
      }
    }
    ObjectNode event = Json.object().put("apiVersion", "v1").put("kind", "Event");
    event.putObject("metadata").put("name", name).put("namespace", namespace);
    event
        .putObject("involvedObject")
        .put("apiVersion", Json.text(object, "apiVersion"))
        .put("kind", Json.text(object, "kind"))
        .put("name", Json.name(object))
        .put("namespace", namespace)
        .put("uid", Json.text(object, "metadata", "uid"));
    event.put("type", type).put("reason", reason).put("message", message).put("count", 1);
    event.put("firstTimestamp", now).put("lastTimestamp", now);
    event
        .putObject("source")
        .put("component", type.equals("Warning") ? "kubelet" : "deployment-controller")
        .put("host", zone);
    event.put("reportingComponent", "weft-demo").put("reportingInstance", zone);
    try {
      store.create(ResourceType.EVENTS, event);
      created.addLast(new String[] {namespace, name, key});
      names.put(key, name);
    } catch (StoreException exists) {
      return;
    }
    if (created.size() > CAP) {
      String[] oldest = created.removeFirst();
      names.remove(oldest[2], oldest[1]);
      try {
        store.delete(ResourceType.EVENTS, oldest[0], oldest[1]);
      } catch (StoreException gone) {
        // Already deleted by a user; nothing to trim.
      }
    }
  }
}
