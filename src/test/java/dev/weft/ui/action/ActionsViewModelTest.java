package dev.weft.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.action.ActionRequest;
import dev.weft.action.Check;
import dev.weft.action.DropVerdict;
import dev.weft.action.FailbackScope;
import dev.weft.action.InForce;
import dev.weft.action.TestPlans;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.testing.Samples;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The failover commands, drop verdicts, in-force badge and suggestions, without a stage: the
/// action layer is a fake, executors run at once, dialogs are recorded.
class ActionsViewModelTest {
  private final FakeActions service = new FakeActions();
  private final List<PreviewViewModel> previews = new ArrayList<>();
  private final List<ActionNotice> notices = new ArrayList<>();
  private final ActionsViewModel vm =
      new ActionsViewModel(
          Runnable::run,
          Runnable::run,
          new DialogService() {
            @Override
            public void showPreview(PreviewViewModel preview) {
              previews.add(preview);
            }

            @Override
            public void showJournal(JournalViewModel journal) {}
          },
          ZoneOffset.UTC);
  private final DragViewModel drag = new DragViewModel(vm);

  ActionsViewModelTest() {
    vm.use(service);
    vm.setNotices(notices::add);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "gz-1, sh-1, true, -",
        "gz-1, -, true, -",
        "gz-1, gz-1, false, a zone cannot be drained onto itself",
        "gz-1, bj-1, false, bj-1 is stale",
      })
  void drainVerdictsComeFromTheModel(String zone, String to, boolean allowed, String why) {
    vm.apply(SampleSnapshots.threeZonesIncident(Samples.NOW));
    DropVerdict v = vm.canDrain(zone, to);
    assertThat(v.allowed()).isEqualTo(allowed);
    if (why != null) {
      assertThat(v.reason()).startsWith(why);
    }
  }

  @Test
  void aLaneDragLightsOnlyTheLanesThatMayTakeTheTraffic() {
    vm.apply(SampleSnapshots.threeZonesIncident(Samples.NOW));
    drag.begin(new DragViewModel.Source.Lane("gz-1"));
    assertThat(drag.verdicts().get("sh-1").allowed()).isTrue();
    assertThat(drag.verdicts().get("bj-1").allowed()).isFalse();
    assertThat(drag.verdicts()).doesNotContainKey("gz-1");
    assertThat(drag.hover("bj-1").allowed()).isFalse();
    assertThat(drag.hintProperty().get()).startsWith("bj-1 is stale");
  }

  @Test
  void aPlacementDragOffersOnlyTheSameAppAndSaysWhyNot() {
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    drag.begin(new DragViewModel.Source.Placement("app1", "gz-1"));
    assertThat(drag.hover("app1@sh-1").allowed()).isFalse();
    assertThat(drag.hintProperty().get()).contains("no remoteAddress");
    drag.end();
    drag.begin(new DragViewModel.Source.Placement("app2", "gz-1"));
    assertThat(drag.hover("app3@sh-1").allowed()).isFalse();
    assertThat(drag.hintProperty().get()).isEqualTo("drop onto app2 in another zone");
    assertThat(drag.hover("app2@sh-1").allowed()).isTrue();
    assertThat(drag.drop("app2@sh-1")).isTrue();
    assertThat(service.planned).contains(new ActionRequest.Reroute("app2", "gz-1", "sh-1"));
    assertThat(previews).hasSize(1);
  }

  @Test
  void aForbiddenUserSeesWhoMayNotDoWhatWhereAndTheDropIsRefused() {
    service.plans =
        r ->
            TestPlans.plan(
                r, List.of(), List.of(TestPlans.denied()), List.of(TestPlans.routeStep()));
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    drag.begin(new DragViewModel.Source.Lane("gz-1"));
    DropVerdict v = drag.hover("sh-1");
    assertThat(v.allowed()).isFalse();
    assertThat(drag.hintProperty().get())
        .contains("viewer", "may not", "update", "httproutes.gateway.networking.k8s.io", "gateway");
    assertThat(drag.drop("sh-1")).isFalse();
    assertThat(previews).isEmpty();
    assertThat(vm.canDrain("gz-1", null).reason()).startsWith("forbidden: viewer may not update");
  }

  @Test
  void theSessionsPermissionIsAskedOncePerSource() {
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    drag.begin(new DragViewModel.Source.Lane("gz-1"));
    drag.end();
    drag.begin(new DragViewModel.Source.Lane("gz-1"));
    assertThat(service.planned).containsExactly(new ActionRequest.Drain("gz-1", null));
  }

  @Test
  void aConfirmedPreviewRunsAndNotifiesWithAnUndo() {
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    vm.drain("gz-1", "sh-1");
    PreviewViewModel preview = previews.getFirst();
    assertThat(preview.confirmableProperty().get()).isTrue();
    preview.confirm();
    assertThat(service.ran).hasSize(1);
    assertThat(preview.stageProperty().get()).isEqualTo(PreviewViewModel.Stage.FINISHED);
    assertThat(preview.steps().getFirst().state()).isEqualTo(dev.weft.action.StepState.VERIFIED);
    assertThat(notices.getFirst().ok()).isTrue();
    assertThat(notices.getFirst().undo()).isEqualTo(new FailbackScope.Operation("op-test"));
    preview.confirm();
    assertThat(preview.closedProperty().get()).isTrue();
  }

  @Test
  void aCancelledPreviewChangesNothing() {
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    vm.drain("gz-1", null);
    previews.getFirst().cancel();
    previews.getFirst().confirm();
    assertThat(previews.getFirst().closedProperty().get()).isTrue();
    assertThat(service.ran).isEmpty();
    assertThat(notices).isEmpty();
  }

  @Test
  void aPlanThatNeedsWordsWaitsForThemTyped() {
    service.plans =
        r ->
            TestPlans.plan(
                r,
                List.of(
                    Check.confirm(Check.Kind.LAST_ZONE, "no zone would take traffic", "health")),
                List.of(TestPlans.allowed()),
                List.of(TestPlans.routeStep()));
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    vm.drain("gz-1", null);
    PreviewViewModel preview = previews.getFirst();
    preview.confirm();
    assertThat(service.ran).isEmpty();
    assertThat(preview.blockersProperty().get().getFirst()).contains("type 'health'");
    preview.typedProperty().set("healt");
    assertThat(preview.confirmableProperty().get()).isFalse();
    preview.typedProperty().set("health");
    assertThat(preview.confirmableProperty().get()).isTrue();
    preview.confirm();
    assertThat(service.confirmations.getFirst().typed()).containsExactly("health");
  }

  @Test
  void theBadgeCountsFailoversInForceReadAgainOnlyWhenRoutesOrReroutesChange() {
    service.inForce =
        List.of(
            new InForce(
                "op1",
                "drain",
                "gz-1",
                null,
                "sh-1",
                "alice",
                Instant.parse("2026-11-27T14:02:00Z"),
                ""),
            new InForce(
                "op2",
                "reroute",
                "gz-1",
                "app2",
                "sh-1",
                "alice",
                Instant.parse("2026-11-27T14:05:00Z"),
                ""));
    FabricSnapshot healthy = SampleSnapshots.threeZonesHealthy(Samples.NOW);
    vm.apply(healthy);
    assertThat(vm.inForceCountProperty().get()).isEqualTo(2);
    assertThat(vm.label(vm.drainOf("gz-1").orElseThrow())).isEqualTo("drained by alice 14:02");
    assertThat(vm.rerouteOf("app2", "gz-1")).isPresent();
    int reads = service.inForceReads;
    vm.apply(Samples.edit(healthy, "app1", "bj-1", Samples::podDeleted));
    assertThat(service.inForceReads).isEqualTo(reads);
    vm.apply(SampleSnapshots.threeZonesIncident(Samples.NOW));
    assertThat(service.inForceReads).isEqualTo(reads + 1);
  }

  @Test
  void inReplayTheBadgeSaysItCountsLiveOnlyRatherThanZero() {
    service.inForce =
        List.of(
            new InForce(
                "op1",
                "drain",
                "gz-1",
                null,
                "sh-1",
                "alice",
                Instant.parse("2026-11-27T14:02:00Z"),
                ""));
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    assertThat(vm.inForceTextProperty().get()).isEqualTo("1 in force");
    vm.setReadOnly("Replay shows the past");
    assertThat(vm.inForceTextProperty().get()).isEqualTo("in force: live only");
    vm.setReadOnly(null);
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    assertThat(vm.inForceTextProperty().get()).isEqualTo("1 in force");
  }

  @Test
  void suggestionsOpenThePreviewAndNeverActOnTheirOwn() {
    FabricSnapshot incident = SampleSnapshots.threeZonesIncident(Samples.NOW);
    vm.apply(incident);
    // app2@gz-1 is down, but app1@gz-1's calls for it already go to sh-1: nothing to suggest.
    assertThat(vm.suggestions()).extracting(Suggestion::text).isEmpty();
    FabricSnapshot down =
        Samples.edit(
            SampleSnapshots.threeZonesHealthy(Samples.NOW),
            "app2",
            "gz-1",
            p -> Samples.withHealth(p, Health.DOWN));
    vm.apply(down);
    assertThat(vm.suggestions())
        .extracting(Suggestion::text)
        .containsExactly("Reroute app2@gz-1\u2026");
    vm.apply(incident);
    vm.tick(Samples.NOW.plusSeconds(40));
    assertThat(vm.suggestions()).extracting(Suggestion::text).contains("Drain bj-1\u2026");
    assertThat(service.ran).isEmpty();
    vm.open(vm.suggestions().getLast().request());
    assertThat(previews).hasSize(1);
    assertThat(service.ran).isEmpty();
  }

  @Test
  void aZoneThatWentStaleJustNowIsNotYetSuggested() {
    vm.apply(
        Samples.zone(
            SampleSnapshots.threeZonesHealthy(Samples.NOW), "sh-1", ConnectionPhase.STALE));
    assertThat(vm.suggestions()).isEmpty();
  }

  @Test
  void anOperationLeftHalfDoneIsOfferedToFinishOrRollBackAndDoesNothingUntilConfirmed() {
    service.incomplete =
        List.of(
            new dev.weft.action.Incomplete(
                "op-7",
                "evacuate gz-1",
                "alice",
                Samples.NOW,
                List.of("gateway: applied", "sh-1 app2: pending")));
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    assertThat(vm.suggestions())
        .extracting(Suggestion::text)
        .containsExactly("Finish evacuate gz-1\u2026", "Roll back evacuate gz-1\u2026");
    assertThat(vm.suggestions().getFirst().why()).contains("alice", "op-7", "sh-1 app2: pending");
    vm.open(vm.suggestions().getLast().request());
    assertThat(service.planned).containsExactly(new ActionRequest.RollBack("op-7"));
    assertThat(previews).hasSize(1);
    assertThat(service.ran).isEmpty();

    service.incomplete = List.of();
    vm.refreshInForce();
    assertThat(vm.suggestions()).isEmpty();
  }

  /// Finished by another Weft (the command line) after this window read it as half done: no
  /// weight changes then, and the window offered to finish it for good.
  @Test
  void anOperationFinishedElsewhereStopsBeingOfferedWithinSeconds() {
    service.incomplete =
        List.of(
            new dev.weft.action.Incomplete(
                "op-8", "fail back bj-1", "bob", Samples.NOW, List.of("gateway: applied")));
    vm.apply(SampleSnapshots.threeZonesHealthy(Samples.NOW));
    assertThat(vm.suggestions()).hasSize(2);
    service.incomplete = List.of();
    vm.tick(Samples.NOW.plusSeconds(1));
    vm.tick(Samples.NOW.plusSeconds(6));
    assertThat(vm.suggestions()).isEmpty();
  }
}
