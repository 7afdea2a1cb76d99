package dev.weft.action.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.action.ActionOptions;
import dev.weft.action.Actions;
import dev.weft.action.ApiException;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.fabric.Gateway;
import dev.weft.fabric.HealthGates;
import dev.weft.fabric.Zone;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/// Canary releases against the demo fabric, through its kubeconfig only: one demo for the class,
/// fast timings and a one-second soak; every test leaves every app on its original image.
class CanaryDemoTest {
  static final Duration TICK = Duration.ofMillis(50);
  static final HealthGates GATES =
      new HealthGates(1.0, 0, 0, Duration.ofSeconds(1), Duration.ofSeconds(30));

  @TempDir static Path dir;
  static RunningDemo demo;
  static Fabric fabric;
  static Actions actions;
  static CanaryEngine engine;
  static ZoneReader reader;
  static final Map<String, String> original = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    fabric = ((FabricReadResult.Valid) new FabricReader().read(demo.fabricFile())).fabric();
    actions = open(fabric, "journal.jsonl");
    engine = new CanaryEngine(actions);
    reader = new ZoneReader(actions.writes());
    for (String zone : demo.zoneNames()) {
      for (String app : demo.appNames()) {
        await()
            .atMost(Duration.ofSeconds(60))
            .ignoreExceptions()
            .until(() -> reader.deployment(zone, app) != null);
        original.put(zone + "/" + app, ZoneReader.image(reader.deployment(zone, app)));
      }
    }
  }

  static Actions open(Fabric f, String journal) {
    return Actions.open(
        f,
        KubeconfigSource.forFabric(f),
        ActionOptions.defaults()
            .withJournal(dir.resolve(journal))
            .withRequestTimeout(Duration.ofSeconds(5))
            .withVerifyTimeout(Duration.ofSeconds(5)));
  }

  @AfterEach
  void abortEverything() {
    demo.scenarios().reset();
    for (String app : demo.appNames()) {
      engine.abort(app, "cleanup");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                Release r = engine.step(app);
                return r == null || r.phase().ended();
              });
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              for (String zone : demo.zoneNames()) {
                for (String app : demo.appNames()) {
                  assertThat(image(zone, app)).isEqualTo(original.get(zone + "/" + app));
                  assertThat(reader.deployment(zone, app + "-canary")).isNull();
                }
              }
            });
  }

  @AfterAll
  static void stop() {
    actions.close();
    demo.close();
  }

  static String image(String zone, String app) throws ApiException {
    return ZoneReader.image(reader.deployment(zone, app));
  }

  static Release start(CanaryEngine e, String app, String image, HealthGates gates) {
    StartPlan plan = e.plan(new StartRequest(app, image, null, 1, gates, "test"));
    assertThat(plan.blockers()).isEmpty();
    CanaryResult started = e.start(plan);
    assertThat(started.ok()).as(started.message()).isTrue();
    return started.release();
  }

  static Release follow(CanaryEngine e, String app, java.util.function.Predicate<Release> until) {
    Release[] last = new Release[1];
    await()
        .atMost(Duration.ofSeconds(40))
        .until(
            () -> {
              last[0] = e.step(app);
              return last[0] != null && until.test(last[0]);
            });
    return last[0];
  }

  @Test
  void aGoodVersionPromotesToEveryZoneInOrder() throws Exception {
    Release r = start(engine, "app1", "2.0", GATES);
    assertThat(r.image()).endsWith(":2.0");
    ObjectNode canary = reader.deployment("gz-1", "app1-canary");
    assertThat(
            canary
                .path("spec")
                .path("template")
                .path("metadata")
                .path("labels")
                .path("weft.dev/track")
                .asString())
        .isEqualTo("canary");
    follow(engine, "app1", x -> x.verdicts().getOrDefault("gz-1", "").contains("pass"));
    assertThat(engine.promote("app1").ok()).isTrue();
    Release done = follow(engine, "app1", x -> x.phase().ended());
    assertThat(done.phase()).as(done.endReason()).isEqualTo(ReleasePhase.PROMOTED);
    assertThat(done.touched()).containsExactly("gz-1", "sh-1", "bj-1");
    for (String zone : demo.zoneNames()) {
      assertThat(image(zone, "app1")).isEqualTo(r.image());
    }
    assertThat(reader.deployment("gz-1", "app1-canary")).isNull();
    String journal = actions.journal().read(null).toString();
    assertThat(journal).contains("WeftCanaryStarted").contains("WeftCanaryVerdict");
    assertThat(journal).contains("WeftCanaryPromoted").contains("WeftCanaryEnded");
    ObjectNode events = actions.writes().read("sh-1", KubePaths.events("health"));
    assertThat(events.toString()).contains("WeftCanaryPromoted").contains(r.id());
    // back to the original images for the next test: a new release of the old image
    Release back = start(engine, "app1", original.get("gz-1/app1"), GATES);
    engine.promote("app1");
    assertThat(follow(engine, "app1", x -> x.phase().ended()).phase())
        .isEqualTo(ReleasePhase.PROMOTED);
    assertThat(back.previous()).containsEntry("sh-1", r.image());
  }

  @Test
  void aBadImageFailsItsGatesAndAbortsOnItsOwn() throws Exception {
    start(engine, "app2", original.get("gz-1/app2") + "-bad", GATES);
    engine.promote("app2");
    Release done = follow(engine, "app2", x -> x.phase().ended());
    assertThat(done.phase()).isEqualTo(ReleasePhase.ABORTED);
    assertThat(done.endReason()).contains("gate failed in gz-1");
    assertThat(done.results().get("gz-1")).contains("canary removed");
    assertThat(reader.deployment("gz-1", "app2-canary")).isNull();
    for (String zone : demo.zoneNames()) {
      assertThat(image(zone, "app2")).isEqualTo(original.get(zone + "/app2"));
    }
  }

  @Test
  void theDeadlineAbortsACanaryThatNeverBecomesReady() {
    HealthGates patient =
        new HealthGates(1.0, 1000, 1000, Duration.ofSeconds(1), Duration.ofSeconds(2));
    start(engine, "app3", original.get("gz-1/app3") + "-bad", patient);
    Release done = follow(engine, "app3", x -> x.phase().ended());
    assertThat(done.phase()).isEqualTo(ReleasePhase.ABORTED);
    assertThat(done.endReason()).contains("deadline");
  }

  @Test
  void noDataHoldsTheReleaseAndItGoesOnWhenTheZoneIsBack() {
    start(engine, "app1", "3.0", GATES);
    follow(engine, "app1", x -> x.verdicts().getOrDefault("gz-1", "").contains("pass"));
    demo.scenarios().zoneOutage("gz-1");
    engine.promote("app1");
    Release held = follow(engine, "app1", x -> !x.hold().isEmpty());
    assertThat(held.hold()).contains("gz-1");
    assertThat(held.phase()).isEqualTo(ReleasePhase.CANARY);
    assertThat(held.touched()).isEmpty();
    demo.scenarios().restore("gz-1");
    Release moving = follow(engine, "app1", x -> x.phase() == ReleasePhase.PROMOTING);
    assertThat(moving.hold()).isEmpty();
  }

  @Test
  void anUnreachableZoneHoldsThePromotionAndIsNeverSkipped() throws Exception {
    start(engine, "app2", "4.0", GATES);
    demo.scenarios().zoneOutage("sh-1");
    engine.promote("app2");
    Release held = follow(engine, "app2", x -> x.hold().contains("sh-1"));
    assertThat(held.currentZone()).isEqualTo("sh-1");
    assertThat(image("bj-1", "app2")).isEqualTo(original.get("bj-1/app2"));
    demo.scenarios().restore("sh-1");
    Release done = follow(engine, "app2", x -> x.phase().ended());
    assertThat(done.phase()).isEqualTo(ReleasePhase.PROMOTED);
    // restore the original image
    start(engine, "app2", original.get("gz-1/app2"), GATES);
    engine.promote("app2");
    assertThat(follow(engine, "app2", x -> x.phase().ended()).phase())
        .isEqualTo(ReleasePhase.PROMOTED);
  }

  @Test
  void aRestartedWeftContinuesAndASecondWeftAbortsFromTheClustersState() {
    start(engine, "app3", "5.0", GATES);
    engine.promote("app3");
    follow(engine, "app3", x -> x.touched().contains("sh-1"));
    try (Actions again = open(fabric, "second.jsonl")) {
      CanaryEngine second = new CanaryEngine(again);
      Release seen = second.status("app3");
      assertThat(seen.phase()).isEqualTo(ReleasePhase.PROMOTING);
      assertThat(
              second
                  .start(second.plan(new StartRequest("app3", "6.0", null, 1, GATES, "")))
                  .message())
          .contains("already has a release in progress")
          .contains(seen.id());
      CanaryResult aborted = second.abort("app3", "second weft");
      assertThat(aborted.ok()).as(aborted.message()).isTrue();
      assertThat(aborted.release().phase()).isEqualTo(ReleasePhase.ABORTED);
      assertThat(aborted.message()).contains("gz-1 runs").contains("sh-1 runs");
    } catch (ApiException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aWeftStoppedMidPromotionIsContinuedByAnotherFromTheClustersState() throws Exception {
    Release r = start(engine, "app2", "5.5", GATES);
    engine.promote("app2");
    follow(engine, "app2", x -> x.touched().contains("sh-1"));
    // this engine steps no more, as if its Weft had stopped; a fresh one takes over
    try (Actions again = open(fabric, "restarted.jsonl")) {
      CanaryEngine restarted = new CanaryEngine(again);
      Release done = follow(restarted, "app2", x -> x.phase().ended());
      assertThat(done.phase()).isEqualTo(ReleasePhase.PROMOTED);
      assertThat(done.id()).isEqualTo(r.id());
      assertThat(again.journal().read(null).toString()).contains("WeftCanaryPromoted");
    }
    for (String zone : demo.zoneNames()) {
      assertThat(image(zone, "app2")).isEqualTo(r.image());
    }
    start(engine, "app2", original.get("gz-1/app2"), GATES);
    engine.promote("app2");
    assertThat(follow(engine, "app2", x -> x.phase().ended()).phase())
        .isEqualTo(ReleasePhase.PROMOTED);
  }

  @Test
  void abortWinsOverAPendingPromoteAndANewStartWorksAfterIt() throws Exception {
    HealthGates slow = new HealthGates(1.0, 0, 0, Duration.ofSeconds(30), Duration.ofSeconds(60));
    start(engine, "app1", "7.0", slow);
    assertThat(engine.promote("app1").message()).contains("promote pending");
    CanaryResult aborted = engine.abort("app1", "");
    assertThat(aborted.release().phase()).isEqualTo(ReleasePhase.ABORTED);
    assertThat(aborted.release().touched()).isEmpty();
    assertThat(image("gz-1", "app1")).isEqualTo(original.get("gz-1/app1"));
    CanaryResult again = engine.abort("app1", "");
    assertThat(again.ok()).isFalse();
    assertThat(again.message()).contains("nothing to abort");
    Release restarted = start(engine, "app1", "7.1", GATES);
    assertThat(restarted.phase()).isEqualTo(ReleasePhase.CANARY);
  }

  @Test
  void abortWithNothingInProgressDoesNothingAndSaysSo() {
    CanaryResult idle = engine.abort("app2", "");
    assertThat(idle.ok()).isFalse();
    assertThat(idle.message()).startsWith("nothing to abort");
  }

  @Test
  void someoneElseChangingTheImagePausesAndSaysWho() {
    start(engine, "app2", "8.0", GATES);
    demo.scenarios().driftImage("bj-1", "app2", "registry.example/other:9", Duration.ofMillis(100));
    Release paused = follow(engine, "app2", Release::paused);
    assertThat(paused.pauseReason())
        .contains("gitops")
        .contains("bj-1")
        .contains("registry.example/other:9");
    assertThat(paused.phase()).isEqualTo(ReleasePhase.CANARY);
    // the drift is someone else's change: put bj-1 back as it was for the next test (the
    // restoring drift also overwrites a last write of the first one still in flight)
    demo.scenarios().driftImage("bj-1", "app2", original.get("bj-1/app2"), Duration.ofMillis(50));
    await()
        .atMost(Duration.ofSeconds(15))
        .during(Duration.ofMillis(600))
        .ignoreExceptions()
        .until(() -> image("bj-1", "app2").equals(original.get("bj-1/app2")));
    demo.scenarios().stopDrift();
  }

  @Test
  void aManualRollbackEndsTheReleaseAsAborted() {
    start(engine, "app3", "9.0", GATES);
    engine.promote("app3");
    follow(engine, "app3", x -> x.touched().contains("sh-1"));
    demo.scenarios().driftImage("gz-1", "app3", original.get("gz-1/app3"), Duration.ofMillis(100));
    Release done = follow(engine, "app3", x -> x.phase().ended());
    assertThat(done.phase()).isEqualTo(ReleasePhase.ABORTED);
    assertThat(done.endReason()).contains("manual rollback").contains("gz-1");
  }

  @Test
  void aViewerCannotStart() {
    Gateway g = fabric.gateway();
    List<Zone> zones =
        fabric.zones().stream()
            .map(
                z ->
                    new Zone(
                        z.name(),
                        z.displayName(),
                        z.region(),
                        demo.contextOf(z.name(), "viewer"),
                        z.namespace(),
                        z.backend()))
            .toList();
    Fabric viewer =
        new Fabric(
            fabric.source(),
            fabric.name(),
            fabric.kubeconfig(),
            new Gateway(demo.contextOf("gateway", "viewer"), g.namespace(), g.route()),
            zones,
            fabric.regions(),
            fabric.apps(),
            fabric.canary());
    try (Actions a = open(viewer, "viewer.jsonl")) {
      StartPlan plan =
          new CanaryEngine(a).plan(new StartRequest("app1", "2.0", null, 1, GATES, ""));
      assertThat(plan.feasible()).isFalse();
      assertThat(plan.blockers()).anyMatch(b -> b.contains("forbidden") && b.contains("viewer"));
      assertThat(new CanaryEngine(a).start(plan).ok()).isFalse();
    }
  }
}
