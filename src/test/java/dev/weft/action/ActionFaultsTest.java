package dev.weft.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Actions meeting the demo's write faults: a 500 midway (undone, reported per cluster), a
/// write whose answer is lost (read back, not applied twice), a concurrent editor (shown, not
/// forced). One demo for the class; each test fails back what it did.
class ActionFaultsTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static Fabric fabric;
  static Actions actions;
  static Clusters clusters;

  @BeforeAll
  static void start() {
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    fabric = ((FabricReadResult.Valid) new FabricReader().read(demo.fabricFile())).fabric();
    actions =
        Actions.open(
            fabric,
            KubeconfigSource.forFabric(fabric),
            ActionOptions.defaults()
                .withJournal(dir.resolve("journal.jsonl"))
                .withRequestTimeout(Duration.ofSeconds(2))
                .withVerifyTimeout(Duration.ofSeconds(3)));
    clusters = new Clusters(fabric, KubeconfigSource.forFabric(fabric), Duration.ofSeconds(5));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                ZoneState.read(fabric, clusters).values().stream()
                    .allMatch(z -> z.healthyFor(List.of("app1", "app2", "app3"))));
  }

  @AfterEach
  void failBackEverything() {
    demo.scenarios().reset();
    Plan plan = actions.plan(new ActionRequest.Failback(new FailbackScope.All()), "cleanup");
    if (plan.feasible()) {
      Outcome o =
          actions.run(
              plan,
              Confirmation.typed(plan.confirmWords().toArray(String[]::new)),
              ActionListener.NONE);
      assertThat(o.status()).as(o.message()).isEqualTo(Outcome.Status.DONE);
    }
  }

  @AfterAll
  static void stop() {
    actions.close();
    clusters.close();
    demo.close();
  }

  @Test
  void evacuateAcrossThreeClustersWithA500OnTheSecondWriteIsUndoneAndReportedPerCluster()
      throws Exception {
    run(new ActionRequest.Reroute("app2", "sh-1", "gz-1"));
    run(new ActionRequest.Reroute("app2", "bj-1", "gz-1"));
    String routeBefore = Jsons.text(route().get("spec"));
    Plan evacuate = actions.plan(new ActionRequest.Evacuate("gz-1"), "");
    assertThat(evacuate.preview())
        .extracting(ClusterPreview::cluster)
        .containsExactly("gateway", "sh-1", "bj-1");
    Outcome outcome =
        actions.run(
            evacuate,
            Confirmation.plain(),
            new ActionListener() {
              @Override
              public void phase(Phase phase, String detail) {
                if (phase == Phase.APPLY) {
                  demo.scenarios()
                      .writeErrors("sh-1"); // after the dry run passed, before the writes
                }
              }
            });
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.FAILED);
    assertThat(outcome.clusters())
        .extracting(ClusterResult::cluster, ClusterResult::result)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("gateway", ClusterResult.Result.UNDONE),
            org.assertj.core.groups.Tuple.tuple("sh-1", ClusterResult.Result.FAILED),
            org.assertj.core.groups.Tuple.tuple("bj-1", ClusterResult.Result.UNCHANGED));
    assertThat(outcome.clusters().get(1).reason()).contains("HTTP 500");
    assertThat(Jsons.text(route().get("spec"))).isEqualTo(routeBefore);
    assertThat(actions.incomplete()).isEmpty();
    demo.scenarios().restore("sh-1");
  }

  @Test
  void aWriteWhoseAnswerIsLostIsReadBackAndNotAppliedTwice() throws Exception {
    Plan plan = actions.plan(new ActionRequest.Reroute("app2", "gz-1", "sh-1"), "");
    List<String> details = new java.util.concurrent.CopyOnWriteArrayList<>();
    Outcome outcome =
        actions.run(
            plan,
            Confirmation.plain(),
            new ActionListener() {
              @Override
              public void phase(Phase phase, String detail) {
                if (phase == Phase.APPLY) {
                  demo.scenarios()
                      .writeLag("gz-1", Duration.ofSeconds(4)); // longer than the 2 s timeout
                } else if (phase == Phase.VERIFY) {
                  demo.scenarios().writeLag("gz-1", Duration.ZERO);
                }
              }

              @Override
              public void step(Step step, StepState state, String detail) {
                details.add(state + ": " + detail);
              }
            });
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
    assertThat(details)
        .anyMatch(d -> d.startsWith("APPLIED") && d.contains("read back: it was applied"));
    ObjectNode service = clusters.api("gz-1").get(Paths.service("health", "app2"));
    assertThat(Ledger.entries(service)).containsOnlyKeys(plan.operationId());
    assertThat(Jsons.string(service, "spec", "type")).isEqualTo("ExternalName");
  }

  @Test
  void aConcurrentEditorIsShownAndNotFought() throws Exception {
    ObjectNode route = route();
    ArrayNode rules = (ArrayNode) route.at("/spec/rules");
    ObjectNode fallback = (ObjectNode) rules.get(rules.size() - 1);
    int[] weights = {50, 30, 20};
    for (int i = 0; i < 3; i++) {
      ((ObjectNode) fallback.at("/backendRefs/" + i)).put("weight", weights[i]);
    }
    clusters.gateway().put(Paths.route("edge", "health"), route, false);
    Plan plan = actions.plan(new ActionRequest.Drain("gz-1", null), "");
    String planned = Jsons.text(route().get("spec"));
    demo.scenarios().driftGateway(Duration.ofMillis(100));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !Jsons.text(route().get("spec")).equals(planned));
    demo.scenarios().stopDrift();
    String drifted = Jsons.text(route().get("spec"));
    Outcome outcome = actions.run(plan, Confirmation.plain(), ActionListener.NONE);
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.message())
        .contains("changed by someone else since you looked")
        .contains("gitops");
    assertThat(Jsons.text(route().get("spec"))).isEqualTo(drifted);
  }

  static void run(ActionRequest request) {
    Outcome outcome =
        actions.run(actions.plan(request, ""), Confirmation.plain(), ActionListener.NONE);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
  }

  static ObjectNode route() throws ApiException {
    return clusters.gateway().get(Paths.route("edge", "health"));
  }
}
