package dev.weft.demo;

import dev.weft.demo.sim.Timings;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import java.util.List;

/// Test fixtures: a fast demo and fabric8 clients that reach it only through its kubeconfig.
final class DemoClients {
  private DemoClients() {}

  static RunningDemo fastDemo(Path dir, int zones, int replicas) {
    return DemoFabric.start(
        DemoOptions.defaults()
            .withZones(zones)
            .withReplicas(replicas)
            .withOutDir(dir)
            .withTimings(Timings.fast()));
  }

  /// A client for one demo context; no retries, so failures show at once.
  static KubernetesClient client(RunningDemo demo, String context) {
    Config config =
        new ConfigBuilder(Config.fromKubeconfig(context, demo.kubeconfig().toFile()))
            .withRequestRetryBackoffLimit(0)
            .withConnectionTimeout(2_000)
            .withRequestTimeout(10_000)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  static KubernetesClient zoneClient(RunningDemo demo, String zone) {
    return client(demo, demo.contextOf(zone));
  }

  static List<Pod> pods(KubernetesClient client, String app) {
    return client.pods().inNamespace("health").withLabel("app", app).list().getItems();
  }

  static boolean ready(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
  }

  /// Whether the app's deployment has settled: all pods of the desired count ready and updated.
  static boolean settled(KubernetesClient client, String app) {
    var d = client.apps().deployments().inNamespace("health").withName(app).get();
    var s = d.getStatus();
    int want = d.getSpec().getReplicas();
    return s != null
        && d.getMetadata().getGeneration().equals(s.getObservedGeneration())
        && s.getReplicas() != null
        && s.getReplicas() == want
        && s.getUpdatedReplicas() != null
        && s.getUpdatedReplicas() == want
        && (want == 0 || (s.getReadyReplicas() != null && s.getReadyReplicas() == want))
        && pods(client, app).size() == want;
  }
}
