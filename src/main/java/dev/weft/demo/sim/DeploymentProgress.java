package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/// How the deployment controller judges a rollout's progress, and which stored Deployments it
/// can act on at all. Stateless; called on the zone's simulator thread.
final class DeploymentProgress {
  private DeploymentProgress() {}

  /// The Progressing condition as the deployment controller keeps it: Unknown while paused,
  /// renewed whenever the rollout makes progress, False with ProgressDeadlineExceeded once it
  /// made none for `progressDeadlineSeconds`.
  static void update(
      ZoneSimulator zone,
      Conditions conditions,
      JsonNode deployment,
      JsonNode oldStatus,
      JsonNode status,
      String replicaSet,
      boolean complete) {
    JsonNode old = conditions.get("Progressing");
    String oldReason = old == null ? "" : Json.text(old, "reason");
    String rs = "ReplicaSet \"" + replicaSet + "\" ";
    boolean progressed = false;
    for (String key :
        List.of(
            "observedGeneration",
            "replicas",
            "updatedReplicas",
            "readyReplicas",
            "availableReplicas")) {
      progressed |= Json.number(oldStatus, key) != Json.number(status, key);
    }
    if (deployment.path("spec").path("paused").asBoolean(false)) {
      conditions.set("Progressing", "Unknown", "DeploymentPaused", "Deployment is paused", false);
    } else if (complete) {
      conditions.set(
          "Progressing",
          "True",
          "NewReplicaSetAvailable",
          rs + "has successfully progressed.",
          false);
    } else if (oldReason.equals("DeploymentPaused")) {
      conditions.set("Progressing", "True", "DeploymentResumed", "Deployment is resumed", true);
    } else if (progressed || old == null || oldReason.equals("NewReplicaSetAvailable")) {
      conditions.set("Progressing", "True", "ReplicaSetUpdated", rs + "is progressing.", true);
    } else if (!oldReason.equals("ProgressDeadlineExceeded")) {
      long deadline = Json.number(deployment, "spec", "progressDeadlineSeconds");
      if (deadline <= 0) {
        deadline = 600;
      }
      Instant since = Instant.parse(Json.text(old, "lastUpdateTime"));
      Duration left = Duration.between(Instant.now(), since.plusSeconds(deadline));
      if (left.isNegative()) {
        conditions.set(
            "Progressing",
            "False",
            "ProgressDeadlineExceeded",
            rs + "has timed out progressing.",
            true);
      } else {
        zone.recheck(Json.name(deployment), left.plusMillis(1_100));
      }
    }
  }

  /// Whether the fields the controller reads have the types the API server guarantees.
  static boolean wellFormed(JsonNode deployment) {
    JsonNode spec = deployment.path("spec");
    return spec.isObject()
        && spec.path("template").isObject()
        && spec.path("template").path("spec").path("containers").isArray()
        && (spec.path("replicas").isMissingNode() || spec.path("replicas").isIntegralNumber())
        && Json.number(deployment, "spec", "replicas") >= 0;
  }
}
