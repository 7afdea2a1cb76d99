package dev.weft.action.canary;

import dev.weft.action.ApiException;
import dev.weft.action.ObjectWrites;
import dev.weft.fabric.Zone;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Reads what a zone shows of a release from live objects: the stable and canary Deployments,
/// the pods running the new image, their restarts and Warning events. Blocks; thread-safe.
final class ZoneReader {
  static final String TRACK = "weft.dev/track";
  static final String CHANGED_BY = "weft.dev/changed-by";

  private final ObjectWrites writes;

  ZoneReader(ObjectWrites writes) {
    this.writes = writes;
  }

  Zone zone(String name) {
    return writes.fabric().zone(name).orElseThrow();
  }

  /// The Deployment, or `null` when it does not exist.
  ObjectNode deployment(String zone, String name) throws ApiException {
    return writes.read(zone, KubePaths.deployment(zone(zone).namespace(), name));
  }

  /// The Deployment `name` in each of `zones`, read in parallel; a zone that does not answer or
  /// has no such Deployment is left out.
  java.util.Map<String, ObjectNode> deployments(java.util.List<String> zones, String name) {
    java.util.Map<String, ObjectNode> out = new java.util.concurrent.ConcurrentHashMap<>();
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      for (String zone : zones) {
        pool.submit(
            () -> {
              try {
                ObjectNode d = deployment(zone, name);
                if (d != null) {
                  out.put(zone, d);
                }
              } catch (ApiException e) {
                // left out: see above
              }
            });
      }
    }
    return out;
  }

  static String image(JsonNode deployment) {
    return deployment
        .path("spec")
        .path("template")
        .path("spec")
        .path("containers")
        .path(0)
        .path("image")
        .asString("");
  }

  /// Who last wrote the Deployment, as the cluster recorded it: the `weft.dev/changed-by`
  /// annotation, else the newest managedFields entry's manager.
  static String changedBy(JsonNode deployment) {
    String annotated =
        deployment.path("metadata").path("annotations").path(CHANGED_BY).asString("");
    if (!annotated.isEmpty()) {
      return annotated;
    }
    String who = "someone";
    String newest = "";
    for (JsonNode f : deployment.path("metadata").path("managedFields")) {
      String time = f.path("time").asString("");
      if (time.compareTo(newest) >= 0) {
        newest = time;
        who = f.path("manager").asString(who);
      }
    }
    return who;
  }

  /// The canary Deployment's pods in the canary zone.
  Observation canary(Release r, Instant since) {
    Instant now = writes.now();
    String zone = r.canaryZone;
    try {
      ObjectNode d = deployment(zone, r.deployment + "-canary");
      if (d == null) {
        return Observation.none("the canary Deployment is gone", now);
      }
      return observe(zone, d, r.image, true, since, now);
    } catch (ApiException e) {
      return Observation.none(zone + " unreachable: " + e.describe(), now);
    }
  }

  /// The stable Deployment's pods that run the new image in `zone`.
  Observation stable(Release r, String zone, Instant since) {
    Instant now = writes.now();
    try {
      ObjectNode d = deployment(zone, r.deployment);
      if (d == null) {
        return Observation.none("no Deployment " + r.deployment + " in " + zone, now);
      }
      return observe(zone, d, r.image, false, since, now);
    } catch (ApiException e) {
      return Observation.none(zone + " unreachable: " + e.describe(), now);
    }
  }

  private Observation observe(
      String zone, ObjectNode d, String image, boolean canary, Instant since, Instant now)
      throws ApiException {
    String namespace = zone(zone).namespace();
    String app =
        d.path("spec").path("template").path("metadata").path("labels").path("app").asString("");
    ObjectNode list = writes.read(zone, KubePaths.pods(namespace, "app=" + app));
    int desired = d.path("spec").path("replicas").asInt(1);
    int pods = 0;
    int ready = 0;
    int restarts = 0;
    Set<String> names = new HashSet<>();
    names.add(d.path("metadata").path("name").asString(""));
    for (JsonNode p : list == null ? Release.JSON.createArrayNode() : list.path("items")) {
      boolean isCanary = p.path("metadata").path("labels").has(TRACK);
      String podImage = p.path("spec").path("containers").path(0).path("image").asString("");
      if (isCanary != canary
          || !podImage.equals(image)
          || p.path("metadata").has("deletionTimestamp")) {
        continue;
      }
      pods++;
      names.add(p.path("metadata").path("name").asString(""));
      boolean isReady = false;
      for (JsonNode c : p.path("status").path("conditions")) {
        isReady |=
            c.path("type").asString("").equals("Ready")
                && c.path("status").asString("").equals("True");
      }
      ready += isReady ? 1 : 0;
      for (JsonNode cs : p.path("status").path("containerStatuses")) {
        restarts += cs.path("restartCount").asInt(0);
      }
    }
    if (pods == 0) {
      return Observation.none("no pods run " + image + " in " + zone + " yet", now);
    }
    int warnings = warnings(zone, namespace, names, since);
    JsonNode status = d.path("status");
    boolean rolledOut =
        canary
            || (status.path("observedGeneration").asLong(0)
                    >= d.path("metadata").path("generation").asLong(0)
                && status.path("updatedReplicas").asInt(0) == desired
                && status.path("replicas").asInt(0) == desired
                && status.path("readyReplicas").asInt(0) == desired);
    boolean deadline = false;
    for (JsonNode c : status.path("conditions")) {
      deadline |=
          c.path("type").asString("").equals("Progressing")
              && c.path("reason").asString("").equals("ProgressDeadlineExceeded");
    }
    return new Observation(null, desired, ready, restarts, warnings, rolledOut, deadline, now);
  }

  private int warnings(String zone, String namespace, Set<String> names, Instant since)
      throws ApiException {
    ObjectNode list = writes.read(zone, KubePaths.events(namespace));
    int count = 0;
    for (JsonNode e : list == null ? Release.JSON.createArrayNode() : list.path("items")) {
      if (!e.path("type").asString("").equals("Warning")
          || !names.contains(e.path("involvedObject").path("name").asString(""))) {
        continue;
      }
      String last = e.path("lastTimestamp").asString(e.path("eventTime").asString(""));
      if (!last.isEmpty() && Instant.parse(last).isBefore(since.minusSeconds(1))) {
        continue;
      }
      count += Math.max(1, e.path("count").asInt(1));
    }
    return count;
  }
}
