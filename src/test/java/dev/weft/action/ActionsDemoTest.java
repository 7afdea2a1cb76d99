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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Fail over and fail back against the demo fabric, through its kubeconfig only. One demo for
/// the class; every test leaves the clusters as it found them (it fails back what it did).
class ActionsDemoTest {
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
    actions = open(dir.resolve("journal.jsonl"));
    clusters = new Clusters(fabric, KubeconfigSource.forFabric(fabric), Duration.ofSeconds(5));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                ZoneState.read(fabric, clusters).values().stream()
                    .allMatch(z -> z.healthyFor(List.of("app1", "app2", "app3"))));
  }

  static Actions open(Path journal) {
    return Actions.open(
        fabric,
        KubeconfigSource.forFabric(fabric),
        ActionOptions.defaults()
            .withJournal(journal)
            .withRequestTimeout(Duration.ofSeconds(3))
            .withVerifyTimeout(Duration.ofSeconds(3)));
  }

  @AfterEach
  void failBackEverything() {
    demo.scenarios().reset();
    Plan plan = actions.plan(new ActionRequest.Failback(new FailbackScope.All()), "cleanup");
    if (plan.feasible()) {
      actions.run(
          plan,
          Confirmation.typed(plan.confirmWords().toArray(String[]::new)),
          ActionListener.NONE);
    }
    assertThat(actions.inForce()).isEmpty();
  }

  @AfterAll
  static void stop() {
    actions.close();
    clusters.close();
    demo.close();
  }

  @Test
  void drainAndFailbackLeaveTheRouteSpecByteForByte() throws Exception {
    addUnmanagedRule();
    String before = routeSpec();
    Plan plan = actions.plan(new ActionRequest.Drain("gz-1", null), "bench test");
    assertThat(plan.blockers(Confirmation.plain())).isEmpty();
    assertThat(plan.preview())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.cluster()).isEqualTo("gateway");
              assertThat(p.text()).containsPattern("health-gz-1 weight: \\d+ → 0");
            });
    assertThat(plan.checks()).anyMatch(c -> c.kind() == Check.Kind.STICKY_SESSIONS);
    Outcome outcome = actions.run(plan, Confirmation.plain(), ActionListener.NONE);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
    assertThat(outcome.clusters())
        .extracting(ClusterResult::result)
        .containsExactly(ClusterResult.Result.CHANGED);
    assertThat(routeSpec()).isNotEqualTo(before);
    assertThat(actions.inForce())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("drain");
              assertThat(f.zone()).isEqualTo("gz-1");
              assertThat(f.reason()).isEqualTo("bench test");
            });
    Plan back = actions.plan(new ActionRequest.Failback(new FailbackScope.Zone("gz-1")), "");
    Outcome restored = actions.run(back, Confirmation.plain(), ActionListener.NONE);
    assertThat(restored.status()).as(restored.message()).isEqualTo(Outcome.Status.DONE);
    assertThat(routeSpec()).isEqualTo(before);
    assertThat(actions.incomplete()).isEmpty();
  }

  @Test
  void rerouteAndRestoreBringBackTheSameClusterIp() throws Exception {
    ObjectNode service = clusters.api("gz-1").get(Paths.service("health", "app2"));
    String clusterIp = Jsons.string(service, "spec", "clusterIP");
    Plan plan = actions.plan(new ActionRequest.Reroute("app2", "gz-1", "sh-1"), "");
    Outcome outcome = actions.run(plan, Confirmation.plain(), ActionListener.NONE);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
    ObjectNode rerouted = clusters.api("gz-1").get(Paths.service("health", "app2"));
    assertThat(Jsons.string(rerouted, "spec", "type")).isEqualTo("ExternalName");
    assertThat(Jsons.string(rerouted, "spec", "externalName"))
        .isEqualTo("app2.sh-1.health.example");
    assertThat(Jsons.string(rerouted, "metadata", "annotations", Ledger.REROUTED_TO))
        .isEqualTo("sh-1");
    Outcome back =
        actions.run(
            actions.plan(
                new ActionRequest.Failback(new FailbackScope.Placement("app2", "gz-1")), ""),
            Confirmation.plain(),
            ActionListener.NONE);
    assertThat(back.status()).as(back.message()).isEqualTo(Outcome.Status.DONE);
    ObjectNode restored = clusters.api("gz-1").get(Paths.service("health", "app2"));
    assertThat(Jsons.string(restored, "spec", "type")).isEqualTo("ClusterIP");
    assertThat(Jsons.string(restored, "spec", "clusterIP")).isEqualTo(clusterIp);
    for (String field : List.of("type", "clusterIP", "selector", "ports")) {
      assertThat(restored.at("/spec/" + field)).as(field).isEqualTo(service.at("/spec/" + field));
    }
    assertThat(restored.at("/metadata/annotations").path(Ledger.REROUTED_TO).isMissingNode())
        .isTrue();
  }

  @Test
  void anAppWithoutRemoteAddressCannotBeRerouted() {
    Plan plan = actions.plan(new ActionRequest.Reroute("app1", "gz-1", "sh-1"), "");
    assertThat(plan.blockers(Confirmation.plain()))
        .singleElement()
        .asString()
        .contains("app1 has no remoteAddress");
  }

  @Test
  void drainingTheLastZoneNeedsTheFabricsName() {
    run(new ActionRequest.Drain("gz-1", null));
    run(new ActionRequest.Drain("sh-1", null));
    Plan last = actions.plan(new ActionRequest.Drain("bj-1", null), "");
    assertThat(last.confirmWords()).contains(fabric.name());
    Outcome refused = actions.run(last, Confirmation.plain(), ActionListener.NONE);
    assertThat(refused.status()).isEqualTo(Outcome.Status.REFUSED);
    assertThat(refused.message())
        .contains("leaves no zone taking traffic")
        .contains("type '" + fabric.name() + "'");
  }

  @Test
  void anUnreachableTargetZoneIsRefused() {
    demo.scenarios().zoneOutage("sh-1");
    try {
      Plan plan = actions.plan(new ActionRequest.Drain("gz-1", "sh-1"), "");
      assertThat(plan.feasible()).isFalse();
      assertThat(plan.blockers(Confirmation.plain()))
          .singleElement()
          .asString()
          .contains("target zone sh-1 is unreachable");
    } finally {
      demo.scenarios().restore("sh-1");
    }
  }

  @Test
  void aConcurrentEditIsShownNotForced() throws Exception {
    Plan plan = actions.plan(new ActionRequest.Drain("gz-1", null), "");
    ObjectNode route = clusters.gateway().get(Paths.route("edge", "health"));
    ArrayNode rules = (ArrayNode) route.at("/spec/rules");
    ((ObjectNode) rules.get(rules.size() - 1).at("/backendRefs/1")).put("weight", 40);
    clusters.gateway().put(Paths.route("edge", "health"), route, false);
    String edited = routeSpec();
    Outcome outcome = actions.run(plan, Confirmation.plain(), ActionListener.NONE);
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.message())
        .contains("changed by someone else since you looked")
        .contains("33 → 40");
    assertThat(routeSpec()).isEqualTo(edited);
    ((ObjectNode) rules.get(rules.size() - 1).at("/backendRefs/1")).put("weight", 33);
    route = clusters.gateway().get(Paths.route("edge", "health"));
    ((ObjectNode) route.at("/spec/rules/" + (rules.size() - 1) + "/backendRefs/1"))
        .put("weight", 33);
    clusters.gateway().put(Paths.route("edge", "health"), route, false);
  }

  @Test
  void aFailoverByOneWeftIsListedAndFailedBackByAnother() {
    run(new ActionRequest.Reroute("app2", "bj-1", "gz-1"));
    try (Actions other = open(dir.resolve("other-journal.jsonl"))) {
      assertThat(other.inForce())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.app()).isEqualTo("app2");
                assertThat(f.target()).isEqualTo("gz-1");
                assertThat(f.by()).isNotBlank();
              });
      Outcome back =
          other.run(
              other.plan(new ActionRequest.Failback(new FailbackScope.All()), ""),
              Confirmation.plain(),
              ActionListener.NONE);
      assertThat(back.status()).as(back.message()).isEqualTo(Outcome.Status.DONE);
    }
    assertThat(actions.inForce()).isEmpty();
  }

  @Test
  void aWeftKilledMidEvacuationLeavesAnIncompleteOperationThatRollsBack() {
    run(new ActionRequest.Reroute("app2", "sh-1", "gz-1"));
    Plan evacuate = actions.plan(new ActionRequest.Evacuate("gz-1"), "");
    assertThat(evacuate.steps()).hasSize(2);
    killAfterFirstWrite(evacuate);
    try (Actions restarted = open(dir.resolve("restarted.jsonl"))) {
      List<Incomplete> incomplete = restarted.incomplete();
      assertThat(incomplete)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.operationId()).isEqualTo(evacuate.operationId());
                assertThat(i.request()).isEqualTo("evacuate gz-1");
              });
      Outcome rolledBack =
          restarted.run(
              restarted.plan(new ActionRequest.RollBack(evacuate.operationId()), ""),
              Confirmation.plain(),
              ActionListener.NONE);
      assertThat(rolledBack.status()).as(rolledBack.message()).isEqualTo(Outcome.Status.DONE);
      assertThat(restarted.incomplete()).isEmpty();
      assertThat(restarted.inForce())
          .singleElement()
          .satisfies(f -> assertThat(f.kind()).isEqualTo("reroute"));
    }
  }

  @Test
  void aWeftKilledMidEvacuationLeavesAnIncompleteOperationThatFinishes() throws Exception {
    run(new ActionRequest.Reroute("app2", "sh-1", "gz-1"));
    Plan evacuate = actions.plan(new ActionRequest.Evacuate("gz-1"), "");
    killAfterFirstWrite(evacuate);
    try (Actions restarted = open(dir.resolve("restarted.jsonl"))) {
      assertThat(restarted.incomplete()).singleElement();
      Plan finish = restarted.plan(new ActionRequest.Finish(evacuate.operationId()), "");
      assertThat(finish.operationId()).isEqualTo(evacuate.operationId());
      assertThat(finish.steps()).as("the step already done is skipped").hasSize(1);
      Outcome finished = restarted.run(finish, Confirmation.plain(), ActionListener.NONE);
      assertThat(finished.status()).as(finished.message()).isEqualTo(Outcome.Status.DONE);
      assertThat(restarted.incomplete()).isEmpty();
      assertThat(
              Jsons.string(
                  clusters.api("sh-1").get(Paths.service("health", "app2")), "spec", "type"))
          .as("sh-1's calls of app2 went home")
          .isNotEqualTo("ExternalName");
      ObjectNode route = clusters.gateway().get(Paths.route("edge", "health"));
      String version = Jsons.string(route, "metadata", "resourceVersion");

      Outcome again =
          restarted.run(
              restarted.plan(new ActionRequest.Finish(evacuate.operationId()), ""),
              Confirmation.plain(),
              ActionListener.NONE);
      assertThat(again.status()).isEqualTo(Outcome.Status.REFUSED);
      assertThat(again.message()).contains("not incomplete");
      assertThat(
              Jsons.string(
                  clusters.gateway().get(Paths.route("edge", "health")),
                  "metadata",
                  "resourceVersion"))
          .isEqualTo(version);
      Outcome back =
          restarted.run(
              restarted.plan(
                  new ActionRequest.Failback(new FailbackScope.Operation(evacuate.operationId())),
                  ""),
              Confirmation.plain(),
              ActionListener.NONE);
      assertThat(back.status()).as("both steps fail back as one").isEqualTo(Outcome.Status.DONE);
    }
  }

  private void killAfterFirstWrite(Plan plan) {
    class Killed extends Error {}
    try {
      actions.run(
          plan,
          Confirmation.plain(),
          new ActionListener() {
            @Override
            public void step(Step step, StepState state, String detail) {
              if (state == StepState.APPLIED) {
                throw new Killed();
              }
            }
          });
    } catch (Killed expected) {
      // the process "died" right after the first write
    }
  }

  @Test
  void evacuateDrainsAndMovesReroutesHomeAsOneOperation() throws Exception {
    run(new ActionRequest.Reroute("app2", "sh-1", "gz-1"));
    Plan evacuate = actions.plan(new ActionRequest.Evacuate("gz-1"), "");
    assertThat(evacuate.preview())
        .extracting(ClusterPreview::cluster)
        .containsExactly("gateway", "sh-1");
    Outcome outcome = actions.run(evacuate, Confirmation.plain(), ActionListener.NONE);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
    assertThat(
            Jsons.string(clusters.api("sh-1").get(Paths.service("health", "app2")), "spec", "type"))
        .isEqualTo("ClusterIP");
    Outcome back =
        actions.run(
            actions.plan(
                new ActionRequest.Failback(new FailbackScope.Operation(evacuate.operationId())),
                ""),
            Confirmation.plain(),
            ActionListener.NONE);
    assertThat(back.status()).as(back.message()).isEqualTo(Outcome.Status.DONE);
    assertThat(
            Jsons.string(
                clusters.api("sh-1").get(Paths.service("health", "app2")), "spec", "externalName"))
        .isEqualTo("app2.gz-1.health.example");
  }

  @Test
  void theJournalHoldsEveryStepAndNoToken() throws Exception {
    run(new ActionRequest.Drain("sh-1", "gz-1"));
    String journal = Files.readString(actions.journal().file());
    assertThat(journal.lines())
        .anyMatch(l -> l.contains("\"phase\":\"plan\"") && l.contains("drain sh-1 → gz-1"));
    assertThat(journal.lines())
        .anyMatch(l -> l.contains("\"phase\":\"result\"") && l.contains("\"DONE\""));
    String kubeconfig = Files.readString(demo.kubeconfig());
    for (String line : kubeconfig.lines().toList()) {
      String t = line.strip();
      if (t.startsWith("token:") || t.startsWith("client-key-data:") || t.startsWith("password:")) {
        String secret = t.substring(t.indexOf(':') + 1).strip().replace("\"", "");
        if (!secret.isEmpty()) {
          assertThat(journal).doesNotContain(secret);
        }
      }
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  static Outcome run(ActionRequest request) {
    Outcome outcome =
        actions.run(actions.plan(request, ""), Confirmation.plain(), ActionListener.NONE);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
    return outcome;
  }

  static String routeSpec() throws ApiException {
    return Jsons.text(clusters.gateway().get(Paths.route("edge", "health")).get("spec"));
  }

  /// A rule Weft does not manage (another backend, a filter): it must come back unchanged.
  static void addUnmanagedRule() throws ApiException {
    ObjectNode route = clusters.gateway().get(Paths.route("edge", "health"));
    ArrayNode rules = (ArrayNode) route.at("/spec/rules");
    for (var r : new ArrayList<>(List.of(rules.elements().toArray()))) {
      if (r.toString().contains("legacy")) {
        return;
      }
    }
    ObjectNode rule = rules.insertObject(0);
    ObjectNode match = rule.putArray("matches").addObject();
    match.putObject("path").put("type", "PathPrefix").put("value", "/legacy");
    rule.putArray("filters")
        .addObject()
        .put("type", "RequestHeaderModifier")
        .putObject("requestHeaderModifier")
        .putArray("add")
        .addObject()
        .put("name", "x-legacy")
        .put("value", "1");
    rule.putArray("backendRefs").addObject().put("name", "legacy").put("port", 80).put("weight", 7);
    clusters.gateway().put(Paths.route("edge", "health"), route, false);
  }
}
