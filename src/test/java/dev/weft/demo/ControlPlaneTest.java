package dev.weft.demo;

import static dev.weft.demo.DemoClients.pods;
import static dev.weft.demo.DemoClients.ready;
import static dev.weft.demo.DemoClients.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The simulated control plane as fabric8's client sees it. Each test works on its own app or
/// zone of one shared demo, so that they may run in any order.
class ControlPlaneTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static KubernetesClient gz;
  static KubernetesClient sh;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 2, 3);
    gz = DemoClients.zoneClient(demo, "gz-1");
    sh = DemoClients.zoneClient(demo, "sh-1");
  }

  @AfterAll
  static void stop() {
    gz.close();
    sh.close();
    demo.close();
  }

  @Test
  void seedsRunningReadyPodsOwnedByReplicaSetsOwnedByDeployments() {
    Deployment app3 = sh.apps().deployments().inNamespace("health").withName("app3").get();
    List<ReplicaSet> sets =
        sh.apps().replicaSets().inNamespace("health").withLabel("app", "app3").list().getItems();
    assertThat(sets).hasSize(1);
    ReplicaSet rs = sets.getFirst();
    assertThat(rs.getMetadata().getOwnerReferences().getFirst().getUid())
        .isEqualTo(app3.getMetadata().getUid());
    String hash = rs.getMetadata().getLabels().get("pod-template-hash");
    assertThat(rs.getMetadata().getName()).isEqualTo("app3-" + hash);
    await().until(() -> settled(sh, "app3"));
    for (Pod pod : pods(sh, "app3")) {
      assertThat(pod.getStatus().getPhase()).isEqualTo("Running");
      assertThat(ready(pod)).isTrue();
      assertThat(pod.getMetadata().getLabels()).containsEntry("pod-template-hash", hash);
      assertThat(pod.getMetadata().getOwnerReferences().getFirst().getUid())
          .isEqualTo(rs.getMetadata().getUid());
    }
    Deployment settled = sh.apps().deployments().inNamespace("health").withName("app3").get();
    assertThat(settled.getStatus().getAvailableReplicas()).isEqualTo(3);
    assertThat(settled.getStatus().getConditions())
        .anyMatch(c -> c.getType().equals("Available") && c.getStatus().equals("True"))
        .anyMatch(c -> c.getReason().equals("NewReplicaSetAvailable"));
  }

  @Test
  void replacesDeletedPods() {
    await().until(() -> settled(gz, "app1"));
    Pod victim = pods(gz, "app1").getFirst();
    gz.pods().resource(victim).delete();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                settled(gz, "app1")
                    && pods(gz, "app1").stream()
                        .noneMatch(
                            p -> p.getMetadata().getName().equals(victim.getMetadata().getName())));
  }

  @Test
  void scalesUpAndDown() {
    gz.apps().deployments().inNamespace("health").withName("app2").scale(5);
    await().until(() -> settled(gz, "app2") && pods(gz, "app2").size() == 5);
    assertThat(pods(gz, "app2")).allMatch(DemoClients::ready);
    gz.apps().deployments().inNamespace("health").withName("app2").scale(1);
    await().until(() -> settled(gz, "app2") && pods(gz, "app2").size() == 1);
  }

  @Test
  void rollsOutATemplateChangeWithinSurgeAndUnavailability() {
    await().until(() -> settled(gz, "app3"));
    Set<String> before = names(pods(gz, "app3"));
    List<Integer> totals = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Integer> readyCounts = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (var watch = gz.pods().inNamespace("health").withLabel("app", "app3").inform()) {
      watch.addEventHandler(
          new io.fabric8.kubernetes.client.informers.ResourceEventHandler<Pod>() {
            @Override
            public void onAdd(Pod pod) {
              record();
            }

            @Override
            public void onUpdate(Pod old, Pod pod) {
              record();
            }

            @Override
            public void onDelete(Pod pod, boolean unknown) {
              record();
            }

            private void record() {
              totals.add(watch.getStore().list().size());
              readyCounts.add(
                  (int) watch.getStore().list().stream().filter(DemoClients::ready).count());
            }
          });
      gz.apps()
          .deployments()
          .inNamespace("health")
          .withName("app3")
          .edit(
              d -> {
                d.getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .getFirst()
                    .setImage("registry.example/health/app3:2.0.0");
                return d;
              });
      await()
          .until(
              () ->
                  settled(gz, "app3")
                      && names(pods(gz, "app3")).stream().noneMatch(before::contains));
    }
    // Three replicas, 25% surge (rounds up to 1) and 25% unavailable (rounds down to 0).
    assertThat(totals).allMatch(n -> n <= 4);
    assertThat(readyCounts.subList(1, readyCounts.size())).allMatch(n -> n >= 3 - 0 || n >= 2);
    assertThat(pods(gz, "app3"))
        .allMatch(p -> p.getSpec().getContainers().getFirst().getImage().endsWith(":2.0.0"));
    List<ReplicaSet> sets =
        gz.apps().replicaSets().inNamespace("health").withLabel("app", "app3").list().getItems();
    assertThat(sets).hasSize(2);
    assertThat(sets.stream().map(rs -> rs.getSpec().getReplicas()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 3);
    Deployment d = gz.apps().deployments().inNamespace("health").withName("app3").get();
    assertThat(d.getStatus().getObservedGeneration()).isEqualTo(d.getMetadata().getGeneration());
    assertThat(d.getMetadata().getAnnotations())
        .containsEntry("deployment.kubernetes.io/revision", "2");
  }

  @Test
  void crashLoopsAnImageWhoseTagEndsInBad() {
    await().until(() -> settled(sh, "app1"));
    demo.scenarios().badCanary("app1", "sh-1");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                pods(sh, "app1").stream()
                    .anyMatch(
                        p ->
                            p.getStatus().getContainerStatuses().stream()
                                .anyMatch(
                                    s ->
                                        s.getRestartCount() >= 2
                                            && s.getState().getWaiting() != null
                                            && "CrashLoopBackOff"
                                                .equals(s.getState().getWaiting().getReason()))));
    assertThat(
            sh.v1().events().inNamespace("health").list().getItems().stream()
                .filter(e -> e.getType().equals("Warning") && e.getReason().equals("BackOff")))
        .isNotEmpty();
    // The old pods keep serving: a bad canary never takes availability below desired - 0.
    Deployment d = sh.apps().deployments().inNamespace("health").withName("app1").get();
    assertThat(d.getStatus().getAvailableReplicas()).isEqualTo(3);
    demo.scenarios().reset();
    await().atMost(Duration.ofSeconds(15)).until(() -> settled(sh, "app1"));
    assertThat(pods(sh, "app1")).allMatch(DemoClients::ready);
  }

  /// Events are one per object, reason and message, as client-go records them: two scalings
  /// of a deployment are two events ("… to 4", "… to 2"), where the demo kept one showing only
  /// the last; an identical message counts up on its event.
  @Test
  void eachScalingIsAnEventOfItsOwn() {
    await().until(() -> settled(sh, "app3"));
    sh.apps().deployments().inNamespace("health").withName("app3").scale(4);
    await().until(() -> settled(sh, "app3"));
    sh.apps().deployments().inNamespace("health").withName("app3").scale(2);
    await().until(() -> settled(sh, "app3"));
    List<String> scalings =
        sh.v1().events().inNamespace("health").list().getItems().stream()
            .filter(
                e ->
                    e.getReason().equals("ScalingReplicaSet")
                        && e.getInvolvedObject().getName().equals("app3"))
            .map(e -> e.getMessage())
            .toList();
    assertThat(scalings)
        .anyMatch(m -> m.contains("from 3 to 4"))
        .anyMatch(m -> m.contains("from 4 to 2"));
    sh.apps().deployments().inNamespace("health").withName("app3").scale(3);
    await().until(() -> settled(sh, "app3"));
  }

  @Test
  void endpointSlicesFollowReadyPods() {
    await().until(() -> settled(sh, "app2"));
    await()
        .until(
            () -> {
              EndpointSlice slice =
                  sh.discovery()
                      .v1()
                      .endpointSlices()
                      .inNamespace("health")
                      .withName("app2-weft")
                      .get();
              Set<String> ips =
                  pods(sh, "app2").stream()
                      .map(p -> p.getStatus().getPodIP())
                      .collect(Collectors.toSet());
              return slice != null
                  && slice.getEndpoints().size() == 3
                  && slice.getEndpoints().stream()
                      .allMatch(
                          e ->
                              e.getConditions().getReady()
                                  && ips.contains(e.getAddresses().getFirst()));
            });
  }

  @Test
  void gatewayHoldsTheRouteWithOneWeightedBackendPerZone() {
    try (KubernetesClient gateway = DemoClients.client(demo, demo.gatewayContext())) {
      var route =
          gateway
              .resources(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class)
              .inNamespace("edge")
              .withName("health")
              .get();
      var rules = route.getSpec().getRules();
      var fallback = rules.getLast();
      assertThat(fallback.getBackendRefs())
          .extracting(r -> r.getName())
          .containsExactly("health-gz-1", "health-sh-1");
      assertThat(fallback.getBackendRefs().stream().mapToInt(r -> r.getWeight()).sum())
          .isEqualTo(100);
      assertThat(rules.getFirst().getMatches().getFirst().getHeaders().getFirst().getValue())
          .isEqualTo("south");
      assertThat(rules.getFirst().getBackendRefs().getFirst().getName()).isEqualTo("health-gz-1");
    }
  }

  private static Set<String> names(List<Pod> pods) {
    return pods.stream().map(p -> p.getMetadata().getName()).collect(Collectors.toSet());
  }
}
