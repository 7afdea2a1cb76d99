package dev.weft.cluster;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/// [Projections] and [RouteProjection] over JSON trees, for the lean one-shot read: the same
/// records from the same fields, without fabric8's typed model. A field Weft reads with the
/// wrong type (`spec.replicas: "lots"`) throws [Unreadable] naming it, as the typed path's
/// reading does. Pure; `LeanProjectionsTest` holds both to the same answers.
final class LeanProjections {
  private LeanProjections() {}

  /// A field of the wrong type; `field` is its path (`spec.replicas`).
  static final class Unreadable extends RuntimeException {
    final String field;

    Unreadable(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }

  static PodInfo pod(JsonNode pod) {
    JsonNode meta = pod.path("metadata");
    JsonNode status = pod.path("status");
    JsonNode containers = array(status, "containerStatuses", "status.containerStatuses");
    int restarts = 0;
    String waiting = null;
    Instant lastRestart = null;
    String lastTermination = null;
    for (JsonNode c : containers) {
      restarts += integer(c, "restartCount", "status.containerStatuses.restartCount", 0);
      String reason = text(c.path("state").path("waiting"), "reason");
      if (waiting == null && c.path("state").path("waiting").isObject()) {
        waiting = reason;
      }
      JsonNode terminated = c.path("lastState").path("terminated");
      if (terminated.isObject()) {
        Instant finished = instant(text(terminated, "finishedAt"));
        if (finished != null && (lastRestart == null || finished.isAfter(lastRestart))) {
          lastRestart = finished;
          lastTermination = termination(terminated);
        }
      }
    }
    boolean ready = false;
    for (JsonNode c : array(status, "conditions", "status.conditions")) {
      ready |= "Ready".equals(text(c, "type")) && "True".equals(text(c, "status"));
    }
    JsonNode specContainers = array(pod.path("spec"), "containers", "spec.containers");
    String image = specContainers.isEmpty() ? null : text(specContainers.get(0), "image");
    return new PodInfo(
        text(meta, "name"),
        owner(meta),
        intern(text(status, "phase")),
        ready,
        restarts,
        intern(waiting),
        instant(text(meta, "creationTimestamp")),
        intern(text(pod.path("spec"), "nodeName")),
        intern(version(image)),
        lastRestart,
        intern(status(pod, containers)),
        lastTermination);
  }

  /// As [Projections#status].
  private static String status(JsonNode pod, JsonNode containers) {
    JsonNode status = pod.path("status");
    String phase = text(status, "phase");
    String reason = phase == null ? "Unknown" : phase;
    String podReason = text(status, "reason");
    if (podReason != null && !podReason.isEmpty()) {
      reason = podReason;
    }
    boolean running = false;
    for (int i = containers.size() - 1; i >= 0; i--) {
      JsonNode c = containers.get(i);
      JsonNode state = c.path("state");
      if (!state.isObject()) {
        continue;
      }
      JsonNode waiting = state.path("waiting");
      JsonNode terminated = state.path("terminated");
      if (waiting.isObject() && notBlank(text(waiting, "reason"))) {
        reason = text(waiting, "reason");
      } else if (terminated.isObject() && notBlank(text(terminated, "reason"))) {
        reason = text(terminated, "reason");
      } else if (terminated.isObject()) {
        int signal = integer(terminated, "signal", "state.terminated.signal", 0);
        reason =
            signal != 0
                ? "Signal:" + signal
                : "ExitCode:" + integer(terminated, "exitCode", "state.terminated.exitCode", 0);
      } else if (c.path("ready").asBoolean(false) && state.path("running").isObject()) {
        running = true;
      }
    }
    if ("Completed".equals(reason) && running) {
      reason = "Running";
    }
    if (text(pod.path("metadata"), "deletionTimestamp") != null) {
      reason = "NodeLost".equals(podReason) ? "Unknown" : "Terminating";
    }
    return reason;
  }

  private static String termination(JsonNode t) {
    String reason = text(t, "reason");
    String why = notBlank(reason) ? reason : "Terminated";
    JsonNode code = t.path("exitCode");
    return code.isMissingNode() || code.isNull()
        ? why
        : why + ", exit code " + integer(t, "exitCode", "lastState.terminated.exitCode", 0);
  }

  static DeploymentInfo deployment(JsonNode d) {
    JsonNode spec = d.path("spec");
    JsonNode status = d.path("status");
    List<DeploymentInfo.Condition> conditions = new ArrayList<>();
    for (JsonNode c : array(status, "conditions", "status.conditions")) {
      conditions.add(
          new DeploymentInfo.Condition(
              text(c, "type"),
              text(c, "status"),
              text(c, "reason"),
              text(c, "message"),
              text(c, "lastTransitionTime")));
    }
    return new DeploymentInfo(
        text(d.path("metadata"), "name"),
        integer(spec, "replicas", "spec.replicas", 1),
        integer(status, "readyReplicas", "status.readyReplicas", 0),
        integer(status, "availableReplicas", "status.availableReplicas", 0),
        integer(status, "updatedReplicas", "status.updatedReplicas", 0),
        conditions);
  }

  /// As [Projections#warning]: `null` unless the event is a Warning.
  static EventInfo warning(JsonNode e) {
    if (!"Warning".equals(text(e, "type"))) {
      return null;
    }
    JsonNode involved = e.path("involvedObject");
    Instant at = instant(text(e, "lastTimestamp"));
    if (at == null) {
      at = instant(text(e, "eventTime"));
    }
    if (at == null) {
      at = instant(text(e.path("metadata"), "creationTimestamp"));
    }
    return new EventInfo(
        text(e.path("metadata"), "name"),
        at,
        involved.isObject() ? text(involved, "kind") : null,
        involved.isObject() ? text(involved, "name") : null,
        text(e, "reason"),
        text(e, "message"),
        integer(e, "count", "count", 1));
  }

  static ServiceInfo service(JsonNode s) {
    JsonNode annotations = s.path("metadata").path("annotations");
    return new ServiceInfo(
        text(s.path("metadata"), "name"),
        text(s.path("spec"), "externalName"),
        annotations.isObject() ? text(annotations, "weft.dev/rerouted-to") : null);
  }

  /// As [RouteProjection#of].
  static RouteInfo route(JsonNode route) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    Map<String, List<String>> regions = new LinkedHashMap<>();
    for (JsonNode rule : array(route.path("spec"), "rules", "spec.rules")) {
      JsonNode refs = array(rule, "backendRefs", "spec.rules.backendRefs");
      String region = region(rule.path("matches"));
      if (region == null) {
        for (JsonNode ref : refs) {
          weights.merge(text(ref, "name"), weight(ref), Integer::sum);
        }
      } else {
        List<JsonNode> sorted = new ArrayList<>();
        refs.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(LeanProjections::weight).reversed());
        regions.put(region, sorted.stream().map(r -> text(r, "name")).toList());
      }
    }
    return new RouteInfo(weights, regions);
  }

  private static String region(JsonNode matches) {
    for (JsonNode match : matches) {
      for (JsonNode header : match.path("headers")) {
        if (RouteInfo.REGION_HEADER.equalsIgnoreCase(text(header, "name"))) {
          return text(header, "value");
        }
      }
    }
    return null;
  }

  private static int weight(JsonNode ref) {
    return integer(ref, "weight", "spec.rules.backendRefs.weight", 1);
  }

  /// As [Projections]'s owner: the app label, else the ReplicaSet's name, else the pod's.
  private static String owner(JsonNode meta) {
    JsonNode labels = meta.path("labels");
    String app = text(labels, "app.kubernetes.io/name");
    if (app == null) {
      app = text(labels, "app");
    }
    if (app != null) {
      return intern(app);
    }
    for (JsonNode ref : meta.path("ownerReferences")) {
      String name = text(ref, "name");
      if ("ReplicaSet".equals(text(ref, "kind")) && name != null) {
        return intern(stripLast(name, 1));
      }
    }
    return intern(stripLast(text(meta, "name"), 2));
  }

  private static String stripLast(String name, int segments) {
    String result = name;
    for (int i = 0; i < segments; i++) {
      int dash = result.lastIndexOf('-');
      if (dash <= 0) {
        return result;
      }
      result = result.substring(0, dash);
    }
    return result;
  }

  private static JsonNode array(JsonNode parent, String field, String path) {
    JsonNode v = parent.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
    if (!v.isArray()) {
      throw new Unreadable(path);
    }
    return v;
  }

  private static String text(JsonNode parent, String field) {
    JsonNode v = parent.path(field);
    if (v.isString()) {
      return v.asString();
    }
    return v.isMissingNode() || v.isNull() || v.isContainer() ? null : v.asString();
  }

  /// An integer field, or `absent`; a string of digits counts, as Jackson coerces it.
  private static int integer(JsonNode parent, String field, String path, int absent) {
    JsonNode v = parent.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return absent;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isString()) {
      try {
        return Integer.parseInt(v.asString().strip());
      } catch (NumberFormatException e) {
        throw new Unreadable(path);
      }
    }
    throw new Unreadable(path);
  }

  /// The tag of an image reference: `reg:5000/app2:1.4.2` → `1.4.2`, `app@sha256:abc…` → the
  /// first 12 digest characters, no tag → `latest`.
  static String version(String image) {
    if (image == null) {
      return "unknown";
    }
    int at = image.indexOf('@');
    if (at >= 0) {
      String digest = image.substring(at + 1);
      int colon = digest.indexOf(':');
      String hex = colon >= 0 ? digest.substring(colon + 1) : digest;
      return hex.substring(0, Math.min(12, hex.length()));
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? image.substring(colon + 1) : "latest";
  }

  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isEmpty();
  }

  private static String intern(String value) {
    return value == null ? null : value.intern();
  }
}
