package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Moves pods through Pending → Running → Ready with jittered delays, and crash-loops pods whose
/// image tag ends in `-bad` (restarts, CrashLoopBackOff, Warning events).
///
/// Confined to its zone's simulator thread, except the pure status builders.
final class PodLifecycle {
  private final ZoneSimulator zone;
  private final ObjectStore store;
  private final Timings timings;
  private final Random random;
  private final EventRecorder events;
  private int nextIp;

  PodLifecycle(ZoneSimulator zone, Timings timings, Random random, EventRecorder events) {
    this.zone = zone;
    this.store = zone.store();
    this.timings = timings;
    this.random = random;
    this.events = events;
  }

  /// A pod appeared Pending: schedule its start.
  void admitted(JsonNode pod) {
    String name = Json.name(pod);
    String uid = Json.text(pod, "metadata", "uid");
    zone.schedule(jitter(timings.pendingMin(), timings.pendingMax()), () -> start(name, uid));
  }

  static boolean bad(JsonNode pod) {
    for (JsonNode c : pod.path("spec").path("containers")) {
      if (Json.text(c, "image").endsWith("-bad")) {
        return true;
      }
    }
    return false;
  }

  /// The status of a running pod, ready or not; also used to seed pods that are already up.
  ObjectNode running(ObjectNode pod, boolean ready, Instant started) {
    ObjectNode status =
        pod.putObject("status").put("phase", "Running").put("qosClass", "BestEffort");
    int ip = nextIp++;
    status
        .put("hostIP", "192.168." + (zone.index() + 1) + "." + (1 + ip % 3))
        .put("podIP", "10." + (zone.index() + 1) + "." + (ip / 250 % 250) + "." + (ip % 250 + 1))
        .put("startTime", Json.timestamp(started));
    status.putArray("podIPs").addObject().put("ip", Json.text(status, "podIP"));
    setReady(pod, ready);
    for (JsonNode c : pod.path("status").path("containerStatuses")) {
      ((ObjectNode) c)
          .putObject("state")
          .putObject("running")
          .put("startedAt", Json.timestamp(started));
    }
    return pod;
  }

  /// Sets the Ready condition and every container's `ready` flag.
  static ObjectNode setReady(ObjectNode pod, boolean ready) {
    ObjectNode status = (ObjectNode) pod.get("status");
    ArrayNode conditions = status.putArray("conditions");
    String now = Json.timestamp(Instant.now());
    for (String type : new String[] {"PodScheduled", "Initialized", "ContainersReady", "Ready"}) {
      boolean value = type.equals("PodScheduled") || type.equals("Initialized") || ready;
      conditions
          .addObject()
          .put("type", type)
          .put("status", value ? "True" : "False")
          .put("lastTransitionTime", now);
    }
    ArrayNode old =
        status.has("containerStatuses") ? (ArrayNode) status.get("containerStatuses") : null;
    ArrayNode statuses = status.putArray("containerStatuses");
    int i = 0;
    for (JsonNode c : pod.path("spec").path("containers")) {
      ObjectNode s =
          old != null && old.size() > i
              ? (ObjectNode) old.get(i).deepCopy()
              : statuses.objectNode();
      s.put("name", Json.text(c, "name")).put("image", Json.text(c, "image"));
      s.put(
          "imageID",
          "registry.example/sha256:" + Integer.toHexString(Json.text(c, "image").hashCode()));
      s.put("ready", ready).put("started", true);
      if (!s.has("restartCount")) {
        s.put("restartCount", 0);
      }
      statuses.add(s);
      i++;
    }
    return pod;
  }

  static boolean isReady(JsonNode pod) {
    for (JsonNode c : pod.path("status").path("conditions")) {
      if (Json.text(c, "type").equals("Ready")) {
        return Json.text(c, "status").equals("True");
      }
    }
    return false;
  }

  private void start(String name, String uid) {
    Instant now = Instant.now();
    JsonNode pod = change(name, uid, p -> running(p, false, now));
    if (pod == null) {
      return;
    }
    if (bad(pod)) {
      zone.schedule(timings.crashInterval().dividedBy(3), () -> crash(name, uid));
    } else {
      zone.schedule(jitter(timings.readyMin(), timings.readyMax()), () -> ready(name, uid));
    }
  }

  private void ready(String name, String uid) {
    if (!zone.brownedOut()) {
      change(name, uid, p -> setReady(p, true));
    }
  }

  private void crash(String name, String uid) {
    Instant now = Instant.now();
    JsonNode pod =
        change(
            name,
            uid,
            p -> {
              setReady(p, false);
              for (JsonNode c : p.path("status").path("containerStatuses")) {
                ObjectNode s = (ObjectNode) c;
                s.put("restartCount", s.path("restartCount").asInt(0) + 1).put("started", false);
                s.putObject("state")
                    .putObject("waiting")
                    .put("reason", "CrashLoopBackOff")
                    .put("message", "back-off restarting failed container " + Json.text(s, "name"));
                s.putObject("lastState")
                    .putObject("terminated")
                    .put("exitCode", 1)
                    .put("reason", "Error")
                    .put("finishedAt", Json.timestamp(now));
              }
              return p;
            });
    if (pod != null) {
      String container = Json.text(pod.path("spec").path("containers").path(0), "name");
      events.warning(
          pod,
          "BackOff",
          "Back-off restarting failed container " + container + " in pod " + Json.name(pod));
      int restarts =
          pod.path("status").path("containerStatuses").path(0).path("restartCount").asInt(1);
      zone.schedule(backOff(timings.crashInterval(), restarts), () -> crash(name, uid));
    }
  }

  /// The kubelet's crash-loop back-off: the wait before the next start doubles with each restart
  /// (10 s, 20 s, 40 s… in Kubernetes) up to a cap (5 min, thirty times the first), so a
  /// crash-looping pod restarts a handful of times in ten minutes, not a hundred.
  static Duration backOff(Duration first, int restarts) {
    Duration cap = first.multipliedBy(30);
    int doublings = Math.min(Math.max(0, restarts - 1), 5);
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /// Changes a pod if it still exists as the same object; returns it, or null when it is gone.
  private JsonNode change(String name, String uid, UnaryOperator<ObjectNode> change) {
    JsonNode current = store.get(ResourceType.PODS, zone.namespace(), name);
    if (current == null || !Json.text(current, "metadata", "uid").equals(uid)) {
      return null;
    }
    try {
      return store.modify(ResourceType.PODS, zone.namespace(), name, change);
    } catch (StoreException gone) {
      return null;
    }
  }

  private Duration jitter(Duration min, Duration max) {
    long span = Math.max(1, max.toMillis() - min.toMillis());
    return min.plusMillis(random.nextLong(span));
  }
}
