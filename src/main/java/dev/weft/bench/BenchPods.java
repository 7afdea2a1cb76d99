package dev.weft.bench;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;

/// A pod as a real cluster serves it (labels, owner, two containers with env, probes, mounts,
/// status, managedFields: about 5 KB of JSON), so the full-object cache is measured fairly.
/// `__NAME__`, `__TAG__` and `__RV__` are filled in per pod.
final class BenchPods {
  private BenchPods() {}

  static String template(String app, String namespace) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("__NAME__")
            .withNamespace(namespace)
            .withResourceVersion("__RV__")
            .withUid("3f2b9c1e-8a4d-4e7f-9b6a-__NAME__")
            .withCreationTimestamp("2026-11-27T08:00:00Z")
            .withGeneration(1L)
            .withGenerateName(app + "-7d9f8c6b5-")
            .withLabels(
                Map.of(
                    "app", app,
                    "app.kubernetes.io/name", app,
                    "app.kubernetes.io/part-of", "health",
                    "pod-template-hash", "7d9f8c6b5",
                    "version", "__TAG__"))
            .withAnnotations(
                Map.of(
                    "kubectl.kubernetes.io/restartedAt", "2026-11-27T08:00:00Z",
                    "prometheus.io/scrape", "true",
                    "prometheus.io/port", "9090"))
            .addNewOwnerReference()
            .withApiVersion("apps/v1")
            .withKind("ReplicaSet")
            .withName(app + "-7d9f8c6b5")
            .withUid("9c1e3f2b-4e7f-8a4d-9b6a-0123456789ab")
            .withController(true)
            .withBlockOwnerDeletion(true)
            .endOwnerReference()
            .addNewManagedField()
            .withManager("kube-controller-manager")
            .withOperation("Update")
            .withApiVersion("v1")
            .withTime("2026-11-27T08:00:00Z")
            .withFieldsType("FieldsV1")
            .withNewFieldsV1()
            .addToAdditionalProperties(
                "f:metadata",
                Map.of(
                    "f:generateName", Map.of(),
                    "f:labels", Map.of("f:app", Map.of(), "f:pod-template-hash", Map.of()),
                    "f:ownerReferences", Map.of()))
            .endFieldsV1()
            .endManagedField()
            .addNewManagedField()
            .withManager("kubelet")
            .withOperation("Update")
            .withApiVersion("v1")
            .withTime("2026-11-27T08:00:05Z")
            .withFieldsType("FieldsV1")
            .withSubresource("status")
            .withNewFieldsV1()
            .addToAdditionalProperties(
                "f:status",
                Map.of(
                    "f:conditions", Map.of("k:{\"type\":\"Ready\"}", Map.of()),
                    "f:containerStatuses", Map.of(),
                    "f:podIP", Map.of()))
            .endFieldsV1()
            .endManagedField()
            .endMetadata()
            .withNewSpec()
            .withNodeName("node-17")
            .withServiceAccountName(app)
            .withRestartPolicy("Always")
            .withTerminationGracePeriodSeconds(30L)
            .withDnsPolicy("ClusterFirst")
            .addNewContainer()
            .withName(app)
            .withImage("registry.example:5000/health/" + app + ":__TAG__")
            .addNewPort()
            .withContainerPort(8080)
            .withName("http")
            .withProtocol("TCP")
            .endPort()
            .addNewEnv()
            .withName("ZONE")
            .withValue("gz-1")
            .endEnv()
            .addNewEnv()
            .withName("JAVA_TOOL_OPTIONS")
            .withValue("-XX:MaxRAMPercentage=75")
            .endEnv()
            .addNewEnv()
            .withName("UPSTREAM")
            .withValue("http://app2.health.svc.cluster.local:8080")
            .endEnv()
            .withNewResources()
            .addToRequests("cpu", new Quantity("250m"))
            .addToRequests("memory", new Quantity("256Mi"))
            .addToLimits("memory", new Quantity("512Mi"))
            .endResources()
            .withNewReadinessProbe()
            .withNewHttpGet()
            .withPath("/ready")
            .withNewPort("http")
            .endHttpGet()
            .withPeriodSeconds(5)
            .endReadinessProbe()
            .addNewVolumeMount()
            .withName("config")
            .withMountPath("/etc/app")
            .endVolumeMount()
            .addNewVolumeMount()
            .withName("kube-api-access")
            .withMountPath("/var/run/secrets/kubernetes.io/serviceaccount")
            .withReadOnly(true)
            .endVolumeMount()
            .endContainer()
            .addNewContainer()
            .withName("proxy")
            .withImage("registry.example:5000/mesh/proxy:1.22.3")
            .withArgs("proxy", "sidecar", "--concurrency", "2")
            .withNewResources()
            .addToRequests("cpu", new Quantity("100m"))
            .addToRequests("memory", new Quantity("128Mi"))
            .endResources()
            .endContainer()
            .addNewVolume()
            .withName("config")
            .withNewConfigMap()
            .withName(app + "-config")
            .endConfigMap()
            .endVolume()
            .addNewVolume()
            .withName("kube-api-access")
            .withNewProjected()
            .addNewSource()
            .withNewServiceAccountToken()
            .withPath("token")
            .withExpirationSeconds(3607L)
            .endServiceAccountToken()
            .endSource()
            .endProjected()
            .endVolume()
            .addNewToleration()
            .withKey("node.kubernetes.io/not-ready")
            .withOperator("Exists")
            .withEffect("NoExecute")
            .withTolerationSeconds(300L)
            .endToleration()
            .endSpec()
            .withNewStatus()
            .withPhase("Running")
            .withHostIP("10.0.1.17")
            .withPodIP("10.244.3.41")
            .withQosClass("Burstable")
            .withStartTime("2026-11-27T08:00:01Z")
            .addNewCondition()
            .withType("Initialized")
            .withStatus("True")
            .withLastTransitionTime("2026-11-27T08:00:01Z")
            .endCondition()
            .addNewCondition()
            .withType("Ready")
            .withStatus("True")
            .withLastTransitionTime("2026-11-27T08:00:09Z")
            .endCondition()
            .addNewCondition()
            .withType("ContainersReady")
            .withStatus("True")
            .withLastTransitionTime("2026-11-27T08:00:09Z")
            .endCondition()
            .addNewCondition()
            .withType("PodScheduled")
            .withStatus("True")
            .withLastTransitionTime("2026-11-27T08:00:00Z")
            .endCondition()
            .addNewContainerStatus()
            .withName(app)
            .withReady(true)
            .withRestartCount(0)
            .withStarted(true)
            .withImage("registry.example:5000/health/" + app + ":__TAG__")
            .withImageID("registry.example:5000/health/" + app + "@sha256:4f1c2b")
            .withContainerID("containerd://8e7d6c5b4a39")
            .withNewState()
            .withNewRunning()
            .withStartedAt("2026-11-27T08:00:03Z")
            .endRunning()
            .endState()
            .endContainerStatus()
            .addNewContainerStatus()
            .withName("proxy")
            .withReady(true)
            .withRestartCount(0)
            .withStarted(true)
            .withImage("registry.example:5000/mesh/proxy:1.22.3")
            .withImageID("registry.example:5000/mesh/proxy@sha256:9a8b7c")
            .withContainerID("containerd://1a2b3c4d5e6f")
            .withNewState()
            .withNewRunning()
            .withStartedAt("2026-11-27T08:00:02Z")
            .endRunning()
            .endState()
            .endContainerStatus()
            .endStatus()
            .build();
    return new KubernetesSerialization().asJson(pod);
  }

  static String fill(String template, String name, String tag, long resourceVersion) {
    return template
        .replace("__NAME__", name)
        .replace("__TAG__", tag)
        .replace("__RV__", Long.toString(resourceVersion));
  }

  /// For an update: without a resourceVersion, so the server applies it unconditionally.
  static String fillForUpdate(String template, String name, String tag) {
    return template
        .replace("\"resourceVersion\":\"__RV__\",", "")
        .replace("__NAME__", name)
        .replace("__TAG__", tag);
  }
}
