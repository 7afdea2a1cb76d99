package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.action.ActionListener;
import dev.weft.action.ActionOptions;
import dev.weft.action.ActionRequest;
import dev.weft.action.Actions;
import dev.weft.action.Confirmation;
import dev.weft.action.FailbackScope;
import dev.weft.action.Outcome;
import dev.weft.action.Plan;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LinkTiming;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.LiveFabric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/// Records the demo fabric through an incident, as the window would: a bad canary of app2 in
/// gz-1, an outage of sh-1, sh-1 drained at the gateway by the action layer, sh-1 back, the
/// failback. Keeps every snapshot the live model published, to compare replays with.
final class RecordedIncident {
  final Path file;
  final Path journal;
  final Fabric fabric;
  final Path kubeconfig;
  final List<FabricSnapshot> live = new CopyOnWriteArrayList<>();
  final List<String> operations = new CopyOnWriteArrayList<>();

  private RecordedIncident(Path file, Path journal, Fabric fabric, Path kubeconfig) {
    this.file = file;
    this.journal = journal;
    this.fabric = fabric;
    this.kubeconfig = kubeconfig;
  }

  static RecordedIncident record(Path dir) throws Exception {
    try (RunningDemo demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()))) {
      Fabric fabric =
          ((FabricReadResult.Valid) new FabricReader().read(demo.fabricFile())).fabric();
      RecordedIncident incident =
          new RecordedIncident(
              dir.resolve("incident.weftrec"),
              dir.resolve("journal.jsonl"),
              fabric,
              dir.resolve("demo").resolve("kubeconfig"));
      incident.run(demo);
      return incident;
    }
  }

  private void run(RunningDemo demo) throws Exception {
    Recorder recorder =
        Recorder.start(
            file,
            fabric,
            Files.readString(fabric.source()),
            new Recorder.Options(
                Duration.ofMillis(500), Duration.ofMillis(200), Retention.DEFAULT, journal));
    KubeconfigSource kubeconfigSource = KubeconfigSource.forFabric(fabric);
    LiveFabric model = LiveFabric.open(fabric, kubeconfigSource, options(), recorder);
    model.onChange(() -> live.add(model.current()));
    try (Actions actions =
        Actions.open(
            fabric,
            kubeconfigSource,
            ActionOptions.defaults()
                .withJournal(journal)
                .withRequestTimeout(Duration.ofSeconds(3))
                .withVerifyTimeout(Duration.ofSeconds(3)))) {
      awaitUntil(model, s -> allLive(s) && allHealthy(s));
      demo.scenarios().badCanary("app2", "gz-1");
      awaitUntil(model, s -> health(s, "gz-1", "app2") != Health.HEALTHY);
      demo.scenarios().zoneOutage("sh-1");
      awaitUntil(model, s -> s.zones().get("sh-1").connection().phase() == ConnectionPhase.STALE);
      run(actions, actions.plan(new ActionRequest.Drain("sh-1", null), "sh-1 API stale"));
      awaitUntil(model, s -> s.gateway().weights().getOrDefault("sh-1", -1) == 0);
      demo.scenarios().reset();
      awaitUntil(model, s -> allLive(s) && health(s, "gz-1", "app2") == Health.HEALTHY);
      run(actions, actions.plan(new ActionRequest.Failback(new FailbackScope.All()), "sh-1 back"));
      awaitUntil(model, s -> s.gateway().weights().getOrDefault("sh-1", 0) > 0);
      // The journal is read once a second: wait for the last action in the recording.
      awaitRecorded(recorder);
    } finally {
      model.close();
      recorder.close();
    }
  }

  private void run(Actions actions, Plan plan) {
    Outcome outcome =
        actions.run(
            plan,
            Confirmation.typed(plan.confirmWords().toArray(String[]::new)),
            ActionListener.NONE);
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Outcome.Status.DONE);
    operations.add(plan.operationId());
  }

  private void awaitRecorded(Recorder recorder) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              try (Recording r = Recording.open(file)) {
                var span = r.span().orElseThrow();
                return operations.stream()
                    .allMatch(
                        op ->
                            r.actions(span[0], span[1].plusSeconds(60)).stream()
                                .anyMatch(
                                    a -> a.operation().equals(op) && a.phase().equals("result")));
              }
            });
  }

  static LiveFabric.Options options() {
    return new LiveFabric.Options(
        new LinkTiming(
            Duration.ofMillis(200),
            Duration.ofMillis(600),
            Duration.ofMillis(800),
            Duration.ofMillis(200),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5)),
        Clock.systemUTC(),
        Duration.ofMillis(500));
  }

  private static void awaitUntil(LiveFabric model, Predicate<FabricSnapshot> condition) {
    await().atMost(Duration.ofSeconds(60)).until(() -> condition.test(model.current()));
  }

  static boolean allLive(FabricSnapshot s) {
    return s.zones().values().stream().allMatch(z -> z.connection().phase() == ConnectionPhase.LIVE)
        && s.gateway().connection().phase() == ConnectionPhase.LIVE;
  }

  static boolean allHealthy(FabricSnapshot s) {
    return s.zones().values().stream()
        .flatMap(z -> z.placements().values().stream())
        .allMatch(p -> p.health() == Health.HEALTHY);
  }

  static Health health(FabricSnapshot s, String zone, String app) {
    var p = s.zones().get(zone).placements().get(app);
    return p == null ? Health.UNKNOWN : p.health();
  }
}
