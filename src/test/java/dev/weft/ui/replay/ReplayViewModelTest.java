package dev.weft.ui.replay;

import static dev.weft.ui.replay.FakeReplaySource.ACTION_AT;
import static dev.weft.ui.replay.FakeReplaySource.DOWN_AT;
import static dev.weft.ui.replay.FakeReplaySource.END;
import static dev.weft.ui.replay.FakeReplaySource.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.Health;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayViewModelTest {
  private final List<Runnable> worker = new ArrayList<>();
  private final FakeReplaySource source = new FakeReplaySource();
  private final ReplayViewModel vm =
      new ReplayViewModel(
          worker::add, Runnable::run, Clock.fixed(END, ZoneOffset.UTC), ZoneOffset.UTC);

  private void runWorker() {
    while (!worker.isEmpty()) {
      worker.removeFirst().run();
    }
  }

  private ReplayViewModel live() {
    vm.use(source, null);
    runWorker();
    return vm;
  }

  private Health app2InGz1() {
    return vm.feed().current().zones().get("gz-1").placements().get("app2").health();
  }

  @Test
  void liveUntilScrubbedThenTheMomentWithItsBanner() {
    live();
    assertThat(vm.activeProperty().get()).isFalse();
    assertThat(vm.bannerProperty().get()).isEmpty();
    assertThat(vm.lengthMillis()).isEqualTo(600_000);
    assertThat(vm.offsetMillis()).isEqualTo(600_000);
    assertThat(vm.markers()).extracting(ReplaySource.Marker::at).containsExactly(ACTION_AT);

    vm.scrubToOffset(60_000);
    runWorker();
    assertThat(vm.activeProperty().get()).isTrue();
    // 11:11:00 UTC, nine minutes before the fixed clock's now.
    assertThat(vm.bannerProperty().get()).isEqualTo("Replay \u00b7 11:11:00 \u00b7 9 min ago");
    assertThat(app2InGz1()).isEqualTo(Health.HEALTHY);
    vm.scrubTo(DOWN_AT.plusSeconds(1));
    runWorker();
    assertThat(app2InGz1()).isEqualTo(Health.DOWN);
  }

  @Test
  void aDragSeeksOnlyTheLatestMomentAskedFor() {
    live();
    for (int s = 0; s < 100; s++) {
      vm.scrubTo(START.plusSeconds(s));
    }
    assertThat(source.sought).isEmpty();
    runWorker();
    assertThat(source.sought).containsExactly(START.plusSeconds(99));
    assertThat(vm.instantProperty().get()).isEqualTo(START.plusSeconds(99));
  }

  @Test
  void playingAt10xAnd60xMovesTheMomentByTheFrameTimeTimesTheSpeed() {
    live();
    vm.scrubTo(START);
    vm.speedProperty().set(10);
    vm.play();
    vm.advance(5_000_000_000L);
    vm.advance(6_000_000_000L);
    assertThat(vm.instantProperty().get()).isEqualTo(START.plusSeconds(10));
    vm.speedProperty().set(60);
    vm.advance(6_500_000_000L);
    assertThat(vm.instantProperty().get()).isEqualTo(START.plusSeconds(40));
    runWorker();
    assertThat(source.sought).last().isEqualTo(START.plusSeconds(40));
    vm.pause();
    vm.advance(60_000_000_000L);
    assertThat(vm.instantProperty().get()).isEqualTo(START.plusSeconds(40));
  }

  @Test
  void playingStopsAtTheEnd() {
    live();
    vm.scrubTo(END.minusSeconds(30));
    vm.speedProperty().set(60);
    vm.play();
    vm.advance(0);
    vm.advance(1_000_000_000L);
    assertThat(vm.instantProperty().get()).isEqualTo(END);
    assertThat(vm.playingProperty().get()).isFalse();
  }

  @Test
  void stepsToTheNextAndPreviousChangeOrAction() {
    live();
    vm.scrubTo(START.plusSeconds(10));
    vm.stepNext();
    runWorker();
    assertThat(vm.instantProperty().get()).isEqualTo(DOWN_AT);
    vm.stepNext();
    runWorker();
    assertThat(vm.instantProperty().get()).isEqualTo(ACTION_AT);
    vm.stepPrevious();
    runWorker();
    assertThat(vm.instantProperty().get()).isEqualTo(DOWN_AT);
    assertThat(app2InGz1()).isEqualTo(Health.DOWN);
  }

  @Test
  void stepPreviousFromLiveEntersReplay() {
    live();
    vm.stepPrevious();
    runWorker();
    assertThat(vm.activeProperty().get()).isTrue();
    assertThat(vm.instantProperty().get()).isEqualTo(ACTION_AT);
  }

  @Test
  void backToLiveLeavesReplay() {
    live();
    vm.scrubTo(START);
    vm.play();
    vm.backToLive();
    assertThat(vm.activeProperty().get()).isFalse();
    assertThat(vm.playingProperty().get()).isFalse();
    assertThat(vm.instantProperty().get()).isNull();
    assertThat(vm.bannerProperty().get()).isEmpty();
  }

  @Test
  void aRecordingOpenedFromAFileShowsItsEndAndHasNoLiveToGoBackTo() {
    vm.use(source, "opened from a file");
    runWorker();
    assertThat(vm.activeProperty().get()).isTrue();
    assertThat(vm.instantProperty().get()).isEqualTo(END);
    assertThat(vm.liveAllowedProperty().get()).isFalse();
    vm.backToLive();
    assertThat(vm.activeProperty().get()).isTrue();
    assertThat(vm.whyNoLiveProperty().get()).isEqualTo("opened from a file");
  }

  @Test
  void aSeekThatFailsSaysWhy() {
    live();
    FakeReplaySource broken =
        new FakeReplaySource() {
          @Override
          public java.util.Optional<dev.weft.state.FabricSnapshot> at(java.time.Instant t) {
            throw new dev.weft.record.CorruptRecordingException(
                "x.weftrec: file is not a database");
          }
        };
    vm.use(broken, null);
    runWorker();
    vm.scrubTo(START);
    runWorker();
    assertThat(vm.errorProperty().get()).isEqualTo("x.weftrec: file is not a database");
    assertThat(source.closed).isTrue();
  }

  @Test
  void agesAreSaidInWords() {
    assertThat(ReplayWords.ago(END.minusSeconds(12), END)).isEqualTo("12 s ago");
    assertThat(ReplayWords.ago(END.minusSeconds(14 * 60 + 5), END)).isEqualTo("14 min ago");
    assertThat(ReplayWords.ago(END.minusSeconds(3 * 3600 + 120), END)).isEqualTo("3 h 2 min ago");
  }

  @Test
  void recordingThatStopsIsAWarning() {
    vm.recordingStopped("disk full (SQLITE_FULL)");
    assertThat(vm.recordingWarningProperty().get())
        .isEqualTo("Not recording: disk full (SQLITE_FULL)");
  }
}
