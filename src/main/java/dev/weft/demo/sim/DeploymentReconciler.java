package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The deployment and replica set controllers for one deployment: keeps one replica set per
/// template (named by pod-template-hash), rolls templates out within maxSurge/maxUnavailable,
/// keeps each replica set's pod count (replacing deleted pods), and writes both statuses as
/// Kubernetes does.
///
/// Confined to its zone's simulator thread.
final class DeploymentReconciler {
  private final ZoneSimulator zone;
  private final ObjectStore store;
  private final EventRecorder events;

  DeploymentReconciler(ZoneSimulator zone, EventRecorder events) {
    this.zone = zone;
    this.store = zone.store();
    this.events = events;
  }

  /// Reconciles the deployment named `key` and every deployment whose pods carry `app: key`
  /// (a canary beside the stable one): a pod's event names its app, not its deployment.
  void reconcileApp(String key) {
    for (ObjectNode d :
        store.list(
            ResourceType.DEPLOYMENTS,
            zone.namespace(),
            d -> key.equals(Json.name(d)) || key.equals(appOf(d)))) {
      reconcile(Json.name(d));
    }
  }

  private static String appOf(JsonNode deployment) {
    return Json.text(deployment, "spec", "template", "metadata", "labels", "app");
  }

  void reconcile(String name) {
    ObjectNode deployment = store.get(ResourceType.DEPLOYMENTS, zone.namespace(), name);
    if (deployment == null || !DeploymentProgress.wellFormed(deployment)) {
      // The API refuses malformed objects; one stored some other way is left alone.
      return;
    }
    String uid = Json.text(deployment, "metadata", "uid");
    List<ObjectNode> sets =
        new ArrayList<>(
            store.list(ResourceType.REPLICA_SETS, zone.namespace(), rs -> Json.ownedBy(rs, uid)));
    String app = appOf(deployment).isEmpty() ? name : appOf(deployment);
    Map<String, List<ObjectNode>> pods = podsByOwner(app);
    JsonNode template = deployment.path("spec").path("template");
    String hash = Templates.hash(template);
    int desired = (int) Json.number(deployment, "spec", "replicas");
    boolean paused = deployment.path("spec").path("paused").asBoolean(false);
    ObjectNode current = null;
    ObjectNode newest = null;
    long revision = 0;
    for (ObjectNode rs : sets) {
      long its = revision(rs);
      if (newest == null || its > revision(newest)) {
        newest = rs;
      }
      revision = Math.max(revision, its);
      // An equal template (as `rollout undo` writes back) finds its old replica set again.
      if (Templates.sameTemplate(template, rs.path("spec").path("template"))) {
        current = rs;
      }
    }
    if (paused && current == null && newest != null) {
      // A paused deployment starts no rollout: its replica sets stay as they are.
      for (ObjectNode rs : sets) {
        syncPods(rs, pods.getOrDefault(Json.name(rs), List.of()));
      }
      pods = podsByOwner(app);
      for (ObjectNode rs : sets) {
        writeReplicaSetStatus(rs, pods.getOrDefault(Json.name(rs), List.of()));
      }
      // No replica set has the template yet: none of its pods is up to date, and `kubectl
      // rollout status` keeps waiting ("0 out of 3 new replicas"), as on a real cluster.
      writeDeploymentStatus(
          deployment, newest, sets, pods, Rollout.plan(deployment, newest, sets, pods), false);
      return;
    }
    if (current != null && revision(current) < revision && !paused) {
      // Rolling back to an older template: its replica set takes the next revision number.
      long next = revision + 1;
      ObjectNode renumbered =
          store.modify(
              ResourceType.REPLICA_SETS,
              zone.namespace(),
              Json.name(current),
              r -> {
                r.withObjectProperty("metadata")
                    .withObjectProperty("annotations")
                    .put(Templates.REVISION, Long.toString(next));
                return r;
              });
      current = renumbered;
      sets.replaceAll(rs -> Json.name(rs).equals(Json.name(renumbered)) ? renumbered : rs);
    }
    if (current == null) {
      int start = sets.isEmpty() ? desired : 0;
      current =
          store.create(
              ResourceType.REPLICA_SETS,
              Templates.replicaSet(deployment, hash, start, revision + 1));
      if (start > 0) {
        scaled(deployment, current, 0, start);
      }
      sets.add(current);
    }
    Rollout.Plan plan = Rollout.plan(deployment, current, sets, pods);
    for (ObjectNode rs : sets) {
      int target = plan.replicas().get(Json.name(rs));
      int was = (int) Json.number(rs, "spec", "replicas");
      if (target != was) {
        scaled(deployment, rs, was, target);
        rs =
            store.modify(
                ResourceType.REPLICA_SETS,
                zone.namespace(),
                Json.name(rs),
                r -> {
                  ((ObjectNode) r.get("spec")).put("replicas", target);
                  return r;
                });
      }
      syncPods(rs, pods.getOrDefault(Json.name(rs), List.of()));
    }
    pods = podsByOwner(app);
    for (ObjectNode rs : sets) {
      writeReplicaSetStatus(rs, pods.getOrDefault(Json.name(rs), List.of()));
    }
    writeDeploymentStatus(deployment, current, sets, pods, plan);
  }

  private static long revision(JsonNode rs) {
    String text = Json.text(rs, "metadata", "annotations", Templates.REVISION);
    try {
      return text.isEmpty() ? 0 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void scaled(JsonNode deployment, JsonNode rs, int from, int to) {
    events.normal(
        deployment,
        "ScalingReplicaSet",
        "Scaled "
            + (to > from ? "up" : "down")
            + " replica set "
            + Json.name(rs)
            + " from "
            + from
            + " to "
            + to);
  }

  /// Creates or deletes pods so the replica set owns as many as it asks for, not counting pods
  /// that churn is replacing; those go once enough others are ready to take their place.
  private void syncPods(JsonNode rs, List<ObjectNode> all) {
    int want = (int) Json.number(rs, "spec", "replicas");
    List<ObjectNode> owned = new ArrayList<>();
    List<ObjectNode> replaced = new ArrayList<>();
    for (ObjectNode pod : all) {
      (zone.replacing(Json.name(pod)) ? replaced : owned).add(pod);
    }
    for (int i = owned.size(); i < want; i++) {
      ObjectNode pod = Templates.pod(rs, Json.name(rs) + "-" + zone.podSuffix(), zone.nodeName());
      try {
        store.create(ResourceType.PODS, pod);
      } catch (StoreException exists) {
        i--;
      }
    }
    if (owned.size() > want) {
      List<ObjectNode> victims = new ArrayList<>(owned);
      // Not-ready pods go first, then the newest, as the ReplicaSet controller chooses.
      victims.sort(
          Comparator.comparing((ObjectNode p) -> PodLifecycle.isReady(p))
              .thenComparing(
                  p -> Json.text(p, "metadata", "creationTimestamp"), Comparator.reverseOrder()));
      victims.subList(0, owned.size() - want).forEach(this::deletePod);
    }
    long ready = owned.stream().filter(PodLifecycle::isReady).count();
    long spare = ready + replaced.stream().filter(PodLifecycle::isReady).count() - want;
    for (ObjectNode pod : replaced) {
      if (!PodLifecycle.isReady(pod)) {
        deletePod(pod);
      } else if (spare > 0) {
        deletePod(pod);
        spare--;
      }
    }
  }

  private void deletePod(ObjectNode pod) {
    try {
      store.delete(ResourceType.PODS, zone.namespace(), Json.name(pod));
    } catch (StoreException gone) {
      // Already deleted by someone else.
    }
  }

  private void writeReplicaSetStatus(ObjectNode rs, List<ObjectNode> owned) {
    long ready = owned.stream().filter(PodLifecycle::isReady).count();
    long generation = Json.number(rs, "metadata", "generation");
    try {
      store.modify(
          ResourceType.REPLICA_SETS,
          zone.namespace(),
          Json.name(rs),
          r -> {
            r.putObject("status")
                .put("replicas", owned.size())
                .put("fullyLabeledReplicas", owned.size())
                .put("readyReplicas", ready)
                .put("availableReplicas", ready)
                .put("observedGeneration", generation);
            return r;
          });
    } catch (StoreException gone) {
      // Deleted meanwhile; the deletion event reconciles again.
    }
  }

  private void writeDeploymentStatus(
      ObjectNode deployment,
      JsonNode current,
      List<ObjectNode> sets,
      Map<String, List<ObjectNode>> pods,
      Rollout.Plan plan) {
    writeDeploymentStatus(deployment, current, sets, pods, plan, true);
  }

  /// @param templated whether `current` has the deployment's template (a paused deployment
  /// whose template changed has no such replica set yet)
  private void writeDeploymentStatus(
      ObjectNode deployment,
      JsonNode current,
      List<ObjectNode> sets,
      Map<String, List<ObjectNode>> pods,
      Rollout.Plan plan,
      boolean templated) {
    int desired = (int) Json.number(deployment, "spec", "replicas");
    int total = 0;
    int ready = 0;
    for (ObjectNode rs : sets) {
      List<ObjectNode> owned = pods.getOrDefault(Json.name(rs), List.of());
      total += owned.size();
      ready += (int) owned.stream().filter(PodLifecycle::isReady).count();
    }
    // A pod that churn is replacing is on its way out: not counted as up to date.
    List<ObjectNode> updatedPods =
        (templated
                ? pods.getOrDefault(Json.name(current), List.<ObjectNode>of())
                : List.<ObjectNode>of())
            .stream().filter(p -> !zone.replacing(Json.name(p))).toList();
    int updated = updatedPods.size();
    int updatedReady = (int) updatedPods.stream().filter(PodLifecycle::isReady).count();
    boolean complete = updated == desired && total == desired && updatedReady == desired;
    String revision = Json.text(current, "metadata", "annotations", Templates.REVISION);
    int finalReady = ready;
    int finalTotal = total;
    store.modify(
        ResourceType.DEPLOYMENTS,
        zone.namespace(),
        Json.name(deployment),
        d -> {
          ((ObjectNode) d.get("metadata"))
              .withObjectProperty("annotations")
              .put(Templates.REVISION, revision);
          ObjectNode old = d.has("status") ? (ObjectNode) d.get("status") : Json.object();
          ObjectNode status =
              Json.object()
                  .put("observedGeneration", Json.number(d, "metadata", "generation"))
                  .put("replicas", finalTotal)
                  .put("updatedReplicas", updated)
                  .put("readyReplicas", finalReady)
                  .put("availableReplicas", finalReady);
          if (Math.max(0, finalTotal - finalReady) > 0) {
            status.put("unavailableReplicas", Math.max(0, finalTotal - finalReady));
          }
          Conditions conditions = new Conditions(old);
          boolean available = finalReady >= desired - plan.maxUnavailable();
          conditions.set(
              "Available",
              available,
              available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
              available
                  ? "Deployment has minimum availability."
                  : "Deployment does not have minimum availability.");
          DeploymentProgress.update(zone, conditions, d, old, status, Json.name(current), complete);
          status.set("conditions", conditions.array());
          d.set("status", status);
          return d;
        });
  }

  private Map<String, List<ObjectNode>> podsByOwner(String app) {
    Map<String, List<ObjectNode>> byOwner = new HashMap<>();
    for (ObjectNode pod :
        store.list(
            ResourceType.PODS,
            zone.namespace(),
            p -> app.equals(Json.text(p, "metadata", "labels", "app")))) {
      String owner = Json.text(pod.path("metadata").path("ownerReferences").path(0), "name");
      byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(pod);
    }
    return byOwner;
  }
}
