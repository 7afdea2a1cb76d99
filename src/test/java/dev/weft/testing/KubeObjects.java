package dev.weft.testing;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/// Kubernetes objects as the map expects them: a Deployment and its ready pods.
public final class KubeObjects {
  private KubeObjects() {}

  public static Deployment deployment(String name, int desired, int ready) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(Fabrics.NAMESPACE)
        .endMetadata()
        .withNewSpec()
        .withReplicas(desired)
        .endSpec()
        .withNewStatus()
        .withReplicas(desired)
        .withReadyReplicas(ready)
        .withAvailableReplicas(ready)
        .withUpdatedReplicas(desired)
        .endStatus()
        .build();
  }

  public static Pod pod(String app, String name, String version, boolean ready) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(Fabrics.NAMESPACE)
        .addToLabels("app", app)
        .withCreationTimestamp("2026-01-01T00:00:00Z")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName(app)
        .withImage("registry.example/" + app + ":" + version)
        .endContainer()
        .withNodeName("node-1")
        .endSpec()
        .withNewStatus()
        .withPhase("Running")
        .addNewCondition()
        .withType("Ready")
        .withStatus(ready ? "True" : "False")
        .endCondition()
        .endStatus()
        .build();
  }

  /// Every app of [Fabrics#apps] with `replicas` ready pods.
  public static void seedHealthy(KubernetesClient client, int replicas) {
    for (String app : new String[] {"app1", "app2", "app3"}) {
      client.resource(deployment(app, replicas, replicas)).create();
      for (int i = 0; i < replicas; i++) {
        client.resource(pod(app, app + "-5d8f7-p" + i, "1.0.0", true)).create();
      }
    }
  }
}
