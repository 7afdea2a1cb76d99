package dev.weft.demo.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Server-side printing: the `meta.k8s.io/v1` Table that `kubectl get` asks for, with the columns
/// a real API server prints for pods, deployments, replica sets, services and events. Stateless.
final class Tables {
  private record Column(String name, String type, int priority) {}

  private Tables() {}

  static ObjectNode table(
      ResourceType type, List<ObjectNode> objects, String resourceVersion, boolean fullObject) {
    ObjectNode table = Json.object().put("kind", "Table").put("apiVersion", "meta.k8s.io/v1");
    table.putObject("metadata").put("resourceVersion", resourceVersion);
    ArrayNode columns = table.putArray("columnDefinitions");
    for (Column column : columns(type)) {
      columns
          .addObject()
          .put("name", column.name())
          .put("type", column.type())
          .put("format", column.name().equals("Name") ? "name" : "")
          .put("description", "")
          .put("priority", column.priority());
    }
    ArrayNode rows = table.putArray("rows");
    Instant now = Instant.now();
    for (ObjectNode object : objects) {
      ObjectNode row = rows.addObject();
      ArrayNode cells = row.putArray("cells");
      cells(type, object, now).forEach(cell -> cells.add(Json.MAPPER.valueToTree(cell)));
      if (fullObject) {
        row.set("object", object);
      } else {
        ObjectNode partial =
            Json.object().put("kind", "PartialObjectMetadata").put("apiVersion", "meta.k8s.io/v1");
        partial.set("metadata", object.get("metadata"));
        row.set("object", partial);
      }
    }
    return table;
  }

  private static List<Column> columns(ResourceType type) {
    if (type == ResourceType.PODS) {
      return List.of(
          new Column("Name", "string", 0),
          new Column("Ready", "string", 0),
          new Column("Status", "string", 0),
          new Column("Restarts", "string", 0),
          new Column("Age", "string", 0),
          new Column("IP", "string", 1),
          new Column("Node", "string", 1));
    }
    if (type == ResourceType.DEPLOYMENTS) {
      return List.of(
          new Column("Name", "string", 0),
          new Column("Ready", "string", 0),
          new Column("Up-to-date", "integer", 0),
          new Column("Available", "integer", 0),
          new Column("Age", "string", 0),
          new Column("Images", "string", 1));
    }
    if (type == ResourceType.REPLICA_SETS) {
      return List.of(
          new Column("Name", "string", 0),
          new Column("Desired", "integer", 0),
          new Column("Current", "integer", 0),
          new Column("Ready", "integer", 0),
          new Column("Age", "string", 0),
          new Column("Images", "string", 1));
    }
    if (type == ResourceType.SERVICES) {
      return List.of(
          new Column("Name", "string", 0),
          new Column("Type", "string", 0),
          new Column("Cluster-IP", "string", 0),
          new Column("Port(s)", "string", 0),
          new Column("Age", "string", 0));
    }
    if (type == ResourceType.EVENTS) {
      return List.of(
          new Column("Last Seen", "string", 0),
          new Column("Type", "string", 0),
          new Column("Reason", "string", 0),
          new Column("Object", "string", 0),
          new Column("Message", "string", 0));
    }
    return List.of(new Column("Name", "string", 0), new Column("Age", "string", 0));
  }

  private static List<Object> cells(ResourceType type, ObjectNode o, Instant now) {
    String name = Json.name(o);
    String age = age(Json.text(o, "metadata", "creationTimestamp"), now);
    if (type == ResourceType.PODS) {
      return List.of(
          name,
          podReady(o),
          podStatus(o),
          restartsText(o, now),
          age,
          Json.text(o, "status", "podIP"),
          Json.text(o, "spec", "nodeName"));
    }
    if (type == ResourceType.DEPLOYMENTS) {
      long desired = Json.number(o, "spec", "replicas");
      return List.of(
          name,
          Json.number(o, "status", "readyReplicas") + "/" + desired,
          Json.number(o, "status", "updatedReplicas"),
          Json.number(o, "status", "availableReplicas"),
          age,
          images(o));
    }
    if (type == ResourceType.REPLICA_SETS) {
      return List.of(
          name,
          Json.number(o, "spec", "replicas"),
          Json.number(o, "status", "replicas"),
          Json.number(o, "status", "readyReplicas"),
          age,
          images(o));
    }
    if (type == ResourceType.SERVICES) {
      List<String> ports = new ArrayList<>();
      o.path("spec").path("ports").forEach(p -> ports.add(p.path("port").asString("") + "/TCP"));
      return List.of(
          name,
          Json.text(o, "spec", "type").isEmpty() ? "ClusterIP" : Json.text(o, "spec", "type"),
          Json.text(o, "spec", "clusterIP"),
          String.join(",", ports),
          age);
    }
    if (type == ResourceType.EVENTS) {
      String last = Json.text(o, "lastTimestamp");
      return List.of(
          age(last.isEmpty() ? Json.text(o, "metadata", "creationTimestamp") : last, now),
          Json.text(o, "type"),
          Json.text(o, "reason"),
          Json.text(o, "involvedObject", "kind").toLowerCase(java.util.Locale.ROOT)
              + "/"
              + Json.text(o, "involvedObject", "name"),
          Json.text(o, "message"));
    }
    return List.of(name, age);
  }

  private static String podReady(JsonNode pod) {
    int ready = 0;
    int total = 0;
    for (JsonNode status : pod.path("status").path("containerStatuses")) {
      total++;
      ready += status.path("ready").asBoolean(false) ? 1 : 0;
    }
    if (total == 0) {
      total = pod.path("spec").path("containers").size();
    }
    return ready + "/" + total;
  }

  private static String podStatus(JsonNode pod) {
    for (JsonNode status : pod.path("status").path("containerStatuses")) {
      String waiting = Json.text(status, "state", "waiting", "reason");
      if (!waiting.isEmpty()) {
        return waiting;
      }
      String terminated = Json.text(status, "state", "terminated", "reason");
      if (!terminated.isEmpty()) {
        return terminated;
      }
    }
    String phase = Json.text(pod, "status", "phase");
    return phase.isEmpty() ? "Pending" : phase;
  }

  /// As kube-apiserver's pod printer: `4`, or `4 (10s ago)` since the latest container's
  /// last termination.
  private static String restartsText(JsonNode pod, Instant now) {
    long restarts = restarts(pod);
    String latest = "";
    for (JsonNode status : pod.path("status").path("containerStatuses")) {
      String finished = Json.text(status, "lastState", "terminated", "finishedAt");
      if (!finished.isEmpty()
          && (latest.isEmpty() || Instant.parse(finished).isAfter(Instant.parse(latest)))) {
        latest = finished;
      }
    }
    return restarts == 0 || latest.isEmpty()
        ? Long.toString(restarts)
        : restarts + " (" + age(latest, now) + " ago)";
  }

  private static long restarts(JsonNode pod) {
    long restarts = 0;
    for (JsonNode status : pod.path("status").path("containerStatuses")) {
      restarts += status.path("restartCount").asLong(0);
    }
    return restarts;
  }

  private static String images(JsonNode o) {
    List<String> images = new ArrayList<>();
    o.path("spec")
        .path("template")
        .path("spec")
        .path("containers")
        .forEach(c -> images.add(Json.text(c, "image")));
    return String.join(",", images);
  }

  /// Ages as kubectl prints them: `45s`, `5m30s`, `95m`, `5h10m`, `3d`.
  static String age(String timestamp, Instant now) {
    if (timestamp.isEmpty()) {
      return "<unknown>";
    }
    Duration d = Duration.between(Instant.parse(timestamp), now);
    long s = Math.max(0, d.toSeconds());
    if (s < 120) {
      return s + "s";
    }
    long m = s / 60;
    if (m < 10) {
      return m + "m" + (s % 60) + "s";
    }
    if (m < 180) {
      return m + "m";
    }
    long h = m / 60;
    if (h < 8) {
      return h + "h" + (m % 60) + "m";
    }
    return h < 48 ? h + "h" : (h / 24) + "d";
  }
}
