package dev.weft.ui.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.action.Permission;
import dev.weft.action.canary.CanaryResult;
import dev.weft.action.canary.GateReport;
import dev.weft.action.canary.GateResult;
import dev.weft.action.canary.GateVerdict;
import dev.weft.action.canary.ReleasePhase;
import dev.weft.action.canary.StartPlan;
import dev.weft.action.canary.StartRequest;
import dev.weft.fabric.Canary;
import dev.weft.fabric.HealthGates;
import dev.weft.ui.CanaryService;
import dev.weft.ui.ReleaseView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanaryPanelViewModelTest {
  private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");
  private final FakeEngine engine = new FakeEngine();
  private final FakeDialogs dialogs = new FakeDialogs();
  private CanaryPanelViewModel vm;

  @BeforeEach
  void setUp() {
    vm =
        new CanaryPanelViewModel(
            Runnable::run, dialogs, Clock.fixed(T0.plusSeconds(12), ZoneOffset.UTC));
    vm.use(engine);
  }

  private void frame() {
    vm.stepNow();
    vm.drain();
  }

  @Test
  void thereIsSomethingToStepOnlyWhileAnAppIsShownOnAFabricWithACanaryEngine() {
    assertThat(vm.steppingProperty().get()).isFalse();
    vm.show("checkout");
    assertThat(vm.steppingProperty().get()).isTrue();
    vm.use(CanaryService.NONE);
    assertThat(vm.steppingProperty().get()).isFalse();
    vm.use(engine);
    assertThat(vm.steppingProperty().get()).isTrue();
    vm.show(null);
    assertThat(vm.steppingProperty().get()).isFalse();
  }

  @Test
  void withoutAReleaseOnlyStartIsEnabledAndTheOthersSayWhy() {
    vm.show("checkout");
    frame();
    assertThat(vm.stateProperty().get()).isEqualTo("no release");
    assertThat(vm.startCommand().enabledProperty().get()).isTrue();
    assertThat(vm.promoteCommand().enabledProperty().get()).isFalse();
    assertThat(vm.promoteCommand().whyProperty().get()).isEqualTo("no release in progress");
    assertThat(vm.abortCommand().whyProperty().get()).isEqualTo("no release in progress");
  }

  @Test
  void startAsksThePreviewWithDefaultsFromTheFabricAndShowsTheStepsAndGates() {
    vm.show("checkout");
    frame();
    vm.start();
    vm.drain();
    assertThat(dialogs.form.zones()).containsExactly("eu-1", "us-1", "ap-1");
    assertThat(dialogs.form.soak()).isEqualTo(Duration.ofSeconds(30));
    assertThat(dialogs.titles).containsExactly("Start canary of checkout");
    assertThat(dialogs.lines.getFirst()).contains("canary of 1 × shop:2.1 in eu-1");
    assertThat(engine.started.zone()).isEqualTo("eu-1");
    assertThat(engine.started.gates().soak()).isEqualTo(Duration.ofSeconds(1));
    frame();
    assertThat(vm.stateProperty().get()).isEqualTo("2.1: canary in eu-1");
    assertThat(vm.steps()).extracting(StepRow::status).containsExactly("canary", "to go", "to go");
    assertThat(vm.gates()).extracting(GateResult::gate).contains("ready ratio", "restarts");
    assertThat(vm.readyHistory()).containsExactly(0.5);
    assertThat(vm.timingProperty().get()).contains("this step 12 s");
    assertThat(vm.startCommand().whyProperty().get()).contains("a release is in progress");
    assertThat(vm.promoteCommand().enabledProperty().get()).isTrue();
    frame();
    assertThat(vm.readyHistory()).containsExactly(0.5, 0.5);
  }

  @Test
  void promoteGoesThroughTheConfirmationAndThenListsPromotedZones() {
    engine.release = release(ReleasePhase.CANARY, List.of(), "", false);
    vm.show("checkout");
    frame();
    dialogs.confirm = false;
    vm.promote();
    assertThat(engine.commands).isEmpty();
    dialogs.confirm = true;
    vm.promote();
    assertThat(engine.commands).containsExactly("PROMOTE");
    engine.release = release(ReleasePhase.PROMOTING, List.of("eu-1", "us-1"), "us-1", false);
    frame();
    assertThat(vm.steps())
        .extracting(StepRow::status)
        .containsExactly("promoted", "promoting", "to go");
    assertThat(vm.promoteCommand().whyProperty().get()).isEqualTo("already promoting");
    assertThat(vm.abortCommand().enabledProperty().get()).isTrue();
  }

  @Test
  void pauseAndResumeToggle() {
    engine.release = release(ReleasePhase.CANARY, List.of(), "", false);
    vm.show("checkout");
    frame();
    assertThat(vm.pauseTextProperty().get()).isEqualTo("Pause");
    vm.pauseResume();
    assertThat(engine.commands).containsExactly("PAUSE");
    vm.drain();
    assertThat(vm.pauseTextProperty().get()).isEqualTo("Resume");
    assertThat(vm.promoteCommand().whyProperty().get()).isEqualTo("paused: resume first");
    vm.pauseResume();
    vm.drain();
    assertThat(engine.commands).containsExactly("PAUSE", "RESUME");
    assertThat(vm.pauseTextProperty().get()).isEqualTo("Pause");
  }

  @Test
  void abortWinsOverAPendingPromotionAndRollsBack() {
    engine.release = release(ReleasePhase.PROMOTING, List.of("eu-1"), "eu-1", false);
    vm.show("checkout");
    frame();
    vm.abort();
    assertThat(dialogs.lines).anyMatch(l -> l.contains("roll eu-1 back"));
    vm.drain();
    assertThat(engine.commands).containsExactly("ABORT");
    assertThat(vm.stateProperty().get()).endsWith("aborted");
    assertThat(vm.steps())
        .extracting(StepRow::status)
        .containsExactly("rolled back", "untouched", "untouched");
    assertThat(vm.promoteCommand().enabledProperty().get()).isFalse();
    assertThat(vm.startCommand().enabledProperty().get()).isTrue();
    assertThat(vm.messageProperty().get()).isEqualTo("aborted");
  }

  @Test
  void aViewerSeesEveryButtonDisabledWithTheAccessReviewsReason() {
    engine.denied = true;
    engine.release = release(ReleasePhase.CANARY, List.of(), "", false);
    vm.show("checkout");
    frame();
    for (CanaryCommand c :
        List.of(
            vm.startCommand(), vm.promoteCommand(), vm.pauseResumeCommand(), vm.abortCommand())) {
      assertThat(c.enabledProperty().get()).isFalse();
      assertThat(c.whyProperty().get()).startsWith("not allowed: viewer may not update");
    }
    vm.promote();
    assertThat(engine.commands).isEmpty();
  }

  @Test
  void withoutAFabricEverythingIsDisabled() {
    vm.use(CanaryService.NONE);
    vm.show("checkout");
    assertThat(vm.startCommand().whyProperty().get()).isEqualTo(CanaryService.NO_FABRIC);
  }

  private static ReleaseView release(
      ReleasePhase phase, List<String> touched, String current, boolean paused) {
    GateReport report =
        phase.ended()
            ? null
            : new GateReport(
                "eu-1",
                GateVerdict.WAITING,
                List.of(
                    new GateResult("ready ratio", "0.50", "≥ 1.00", GateVerdict.WAITING),
                    new GateResult("restarts", "0", "≤ 0", GateVerdict.PASS)),
                null,
                "ready ratio");
    String state =
        switch (phase) {
          case CANARY -> paused ? "paused: by ada" : "canary in eu-1";
          case PROMOTING -> "promoting " + current;
          default -> phase.label();
        };
    return new ReleaseView(
        "checkout",
        "checkout-1",
        "shop:2.1",
        "eu-1",
        1,
        List.of("eu-1", "us-1", "ap-1"),
        touched,
        current,
        phase,
        paused,
        false,
        state,
        "ada",
        T0,
        T0,
        Map.of(),
        report);
  }

  static final class FakeEngine implements CanaryService {
    ReleaseView release;
    boolean denied;
    StartRequest started;
    final List<String> commands = new ArrayList<>();

    @Override
    public Canary settings() {
      return new Canary(
          List.of("eu-1", "us-1", "ap-1"),
          new HealthGates(1.0, 0, 0, Duration.ofSeconds(30), Duration.ofMinutes(5)));
    }

    @Override
    public StartPlan plan(StartRequest request) {
      Permission p =
          new Permission(
              "eu-1",
              "viewer",
              "update",
              "deployments",
              "shop",
              "checkout",
              denied ? Permission.Verdict.DENIED : Permission.Verdict.ALLOWED,
              "");
      started = request;
      return new StartPlan(
          null,
          List.of("canary of " + request.replicas() + " × shop:2.1 in eu-1"),
          List.of(p),
          List.of());
    }

    @Override
    public CanaryResult start(StartPlan plan) {
      release = release(ReleasePhase.CANARY, List.of(), "", false);
      return new CanaryResult(true, "started", null);
    }

    @Override
    public ReleaseView step(String app) {
      return release;
    }

    @Override
    public CanaryResult command(Command command, String app, String why) {
      commands.add(command.name());
      release =
          switch (command) {
            case PROMOTE -> release;
            case PAUSE -> withPaused(true);
            case RESUME -> withPaused(false);
            case ABORT -> release(ReleasePhase.ABORTED, release.touched(), "", false);
          };
      return new CanaryResult(true, command == Command.ABORT ? "aborted" : "ok", null);
    }

    private ReleaseView withPaused(boolean paused) {
      return release(release.phase(), release.touched(), release.currentZone(), paused);
    }
  }

  static final class FakeDialogs implements CanaryDialogs {
    boolean confirm = true;
    StartForm form;
    final List<String> titles = new ArrayList<>();
    List<String> lines = List.of();

    @Override
    public void askStart(StartForm defaults, Consumer<StartAnswer> start) {
      form = defaults;
      start.accept(new StartAnswer("2.1", defaults.zones().getFirst(), 1, Duration.ofSeconds(1)));
    }

    @Override
    public void confirm(String title, List<String> preview, Runnable confirmed) {
      titles.add(title);
      lines = preview;
      if (confirm) {
        confirmed.run();
      }
    }
  }
}
