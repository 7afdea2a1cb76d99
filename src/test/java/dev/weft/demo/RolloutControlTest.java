package dev.weft.demo;

import static dev.weft.demo.DemoClients.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The deployment controller's rules a writer relies on: a paused rollout stays where it is, a
/// rollout that makes no progress is reported past its deadline, a rollback reuses the old
/// replica set, and churn replaces pods without taking an app below its ready count. Each test
/// has its own deployment in one shared demo.
class RolloutControlTest {
  private static final String NS = "health";

  @TempDir static Path dir;
  static RunningDemo demo;
  static KubernetesClient gz;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 1, 2);
    gz = DemoClients.zoneClient(demo, "gz-1");
  }

  @AfterAll
  static void stop() {
    gz.close();
    demo.close();
  }

  private static Deployment create(String name, int replicas, int deadlineSeconds) {
    Deployment d =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName(name)
            .addToLabels("app", name)
            .endMetadata()
            .withNewSpec()
            .withReplicas(replicas)
            .withProgressDeadlineSeconds(deadlineSeconds)
            .withNewSelector()
            .addToMatchLabels("app", name)
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels("app", name)
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName(name)
            .withImage("registry.example/health/" + name + ":1.0.0")
            .endContainer()
            .endSpec()
            .endTemplate()
            .endSpec()
            .build();
    gz.apps().deployments().inNamespace(NS).resource(d).create();
    await().until(() -> settled(gz, name));
    return gz.apps().deployments().inNamespace(NS).withName(name).get();
  }

  private static void setImage(String name, String image) {
    gz.apps()
        .deployments()
        .inNamespace(NS)
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/image\",\"value\":\""
                + image
                + "\"}]");
  }

  private static DeploymentCondition progressing(String name) {
    return gz
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName(name)
        .get()
        .getStatus()
        .getConditions()
        .stream()
        .filter(c -> c.getType().equals("Progressing"))
        .findFirst()
        .orElseThrow();
  }

  private static List<ReplicaSet> sets(String name) {
    return gz.apps().replicaSets().inNamespace(NS).withLabel("app", name).list().getItems();
  }

  @Test
  void aPausedDeploymentStartsNoRolloutUntilResumed() {
    create("held", 2, 600);
    gz.apps()
        .deployments()
        .inNamespace(NS)
        .withName("held")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"paused\":true}}");
    setImage("held", "registry.example/health/held:2.0.0");
    await().until(() -> progressing("held").getReason().equals("DeploymentPaused"));
    assertThat(progressing("held").getStatus()).isEqualTo("Unknown");
    assertThat(sets("held")).hasSize(1);
    // None of its pods has the new template: `kubectl rollout status` keeps waiting ("0 out of
    // 2 new replicas have been updated"), where it said "successfully rolled out".
    assertThat(
            gz.apps()
                .deployments()
                .inNamespace(NS)
                .withName("held")
                .get()
                .getStatus()
                .getUpdatedReplicas())
        .isZero();
    gz.apps()
        .deployments()
        .inNamespace(NS)
        .withName("held")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"paused\":false}}");
    await().until(() -> settled(gz, "held") && sets("held").size() == 2);
    assertThat(progressing("held").getReason()).isEqualTo("NewReplicaSetAvailable");
  }

  @Test
  void aCrashLoopingRolloutPassesItsProgressDeadline() {
    create("stuck", 2, 2);
    setImage("stuck", "registry.example/health/stuck:2.0.0-bad");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> progressing("stuck").getReason().equals("ProgressDeadlineExceeded"));
    DeploymentCondition condition = progressing("stuck");
    assertThat(condition.getStatus()).isEqualTo("False");
    assertThat(condition.getMessage())
        .matches("ReplicaSet \"stuck-.*\" has timed out progressing.");
    setImage("stuck", "registry.example/health/stuck:1.0.0");
    await().until(() -> settled(gz, "stuck"));
    assertThat(progressing("stuck").getStatus()).isEqualTo("True");
  }

  @Test
  void rollingBackReusesTheFirstReplicaSetWithTheNextRevision() {
    create("undo", 2, 600);
    ReplicaSet first = sets("undo").getFirst();
    setImage("undo", "registry.example/health/undo:2.0.0");
    await().until(() -> settled(gz, "undo") && sets("undo").size() == 2);
    // What `kubectl rollout undo` sends: revision 1's template as Go re-encodes it, without
    // the hash label, with the empty fields Go's decoding adds.
    var template = first.getSpec().getTemplate();
    template.getMetadata().getLabels().remove("pod-template-hash");
    String json =
        Serialization.asJson(template).replace("\"spec\":{", "\"spec\":{\"dnsPolicy\":null,");
    gz.apps()
        .deployments()
        .inNamespace(NS)
        .withName("undo")
        .patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"replace\",\"path\":\"/spec/template\",\"value\":" + json + "}]");
    await()
        .until(
            () ->
                settled(gz, "undo")
                    && "3"
                        .equals(
                            gz.apps()
                                .deployments()
                                .inNamespace(NS)
                                .withName("undo")
                                .get()
                                .getMetadata()
                                .getAnnotations()
                                .get("deployment.kubernetes.io/revision")));
    List<ReplicaSet> sets = sets("undo");
    assertThat(sets).hasSize(2);
    ReplicaSet reused =
        sets.stream()
            .filter(rs -> rs.getMetadata().getName().equals(first.getMetadata().getName()))
            .findFirst()
            .orElseThrow();
    assertThat(reused.getMetadata().getAnnotations())
        .containsEntry("deployment.kubernetes.io/revision", "3");
    assertThat(reused.getSpec().getReplicas()).isEqualTo(2);
  }

  @Test
  void churnReplacesPodsWithoutTakingAnAppBelowItsReadyPods() {
    create("busy", 3, 600);
    AtomicInteger deleted = new AtomicInteger();
    AtomicInteger lowestReady = new AtomicInteger(Integer.MAX_VALUE);
    Watcher<Pod> pods =
        new Watcher<>() {
          @Override
          public void eventReceived(Action action, Pod pod) {
            if (action == Action.DELETED) {
              deleted.incrementAndGet();
            }
          }

          @Override
          public void onClose(WatcherException cause) {}
        };
    Watcher<Deployment> deployments =
        new Watcher<>() {
          @Override
          public void eventReceived(Action action, Deployment d) {
            Integer ready = d.getStatus() == null ? null : d.getStatus().getReadyReplicas();
            lowestReady.accumulateAndGet(ready == null ? 0 : ready, Math::min);
          }

          @Override
          public void onClose(WatcherException cause) {}
        };
    try (Watch a = gz.pods().inNamespace(NS).withLabel("app", "busy").watch(pods);
        Watch b = gz.apps().deployments().inNamespace(NS).withName("busy").watch(deployments)) {
      demo.scenarios().churn("gz-1", 400, Duration.ofSeconds(3));
      await().atMost(Duration.ofSeconds(30)).until(() -> deleted.get() >= 6);
      demo.scenarios().stopChurn();
      await().until(() -> settled(gz, "busy"));
    }
    assertThat(lowestReady.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void malformedObjectsStoredPastTheApiDoNotStopTheSimulator() {
    tools.jackson.databind.node.ObjectNode bad = dev.weft.demo.api.Json.object();
    bad.putObject("metadata").put("name", "broken").put("namespace", NS);
    bad.putObject("spec").put("replicas", "lots").putNull("template");
    demo.store("gz-1").create(dev.weft.demo.api.ResourceType.DEPLOYMENTS, bad);
    tools.jackson.databind.node.ObjectNode odd = dev.weft.demo.api.Json.object();
    odd.putObject("metadata").put("name", "odd").put("namespace", NS);
    odd.putObject("spec")
        .put("replicas", -5)
        .putObject("template")
        .putObject("spec")
        .put("containers", "none");
    demo.store("gz-1").create(dev.weft.demo.api.ResourceType.DEPLOYMENTS, odd);
    create("after-broken", 2, 600);
    assertThat(settled(gz, "after-broken")).isTrue();
  }
}
