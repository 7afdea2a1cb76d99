package dev.weft.ui.statusbar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.ConnectionPhase;
import dev.weft.ui.testing.Samples;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
  @Test
  void oneChipPerZoneWithPhaseLatencyAndAge() {
    StatusBarViewModel vm = new StatusBarViewModel();
    vm.apply(Samples.incident());
    assertThat(vm.chips())
        .extracting(ZoneChipViewModel::zone)
        .containsExactly("gz-1", "sh-1", "bj-1");
    assertThat(vm.chips().getFirst().textProperty().get())
        .isEqualTo("gz-1 \u00b7 Live \u00b7 24 ms \u00b7 < 10 s");
    ZoneChipViewModel bj = vm.chips().get(2);
    assertThat(bj.phaseProperty().get()).isEqualTo(ConnectionPhase.STALE);
    assertThat(bj.textProperty().get()).startsWith("bj-1 \u00b7 Stale").endsWith("12 s");
    // Its last round-trip is not news: a stale zone does not answer at all.
    assertThat(bj.textProperty().get()).contains("\u00b7 \u2013 \u00b7").doesNotContain(" ms");
    assertThat(bj.detailsProperty().get()).contains("connection reset by peer");
    vm.tick(Samples.NOW.plusSeconds(200));
    assertThat(bj.textProperty().get()).endsWith("3 min");
  }

  /// A quiet live zone's chip changes only at coarse steps, so an idle window draws nothing
  /// most seconds; a stale zone still counts its seconds ("lost 13 s ago").
  @Test
  void liveAgeChangesRarelyStaleAgeCountsSeconds() {
    StatusBarViewModel vm = new StatusBarViewModel();
    vm.apply(Samples.incident());
    ZoneChipViewModel live = vm.chips().getFirst();
    ZoneChipViewModel stale = vm.chips().get(2);
    java.util.Set<String> liveTexts = new java.util.HashSet<>();
    java.util.Set<String> staleTexts = new java.util.HashSet<>();
    for (int s = 1; s <= 50; s++) {
      vm.tick(Samples.NOW.plusSeconds(s));
      liveTexts.add(live.textProperty().get());
      staleTexts.add(stale.textProperty().get());
    }
    assertThat(liveTexts)
        .containsExactlyInAnyOrder(
            "gz-1 \u00b7 Live \u00b7 24 ms \u00b7 < 10 s",
            "gz-1 \u00b7 Live \u00b7 24 ms \u00b7 < 1 min");
    assertThat(staleTexts).hasSize(50);
    vm.tick(Samples.NOW.plusSeconds(1));
    assertThat(stale.textProperty().get()).endsWith("13 s");
    vm.tick(Samples.NOW.plusSeconds(200));
    assertThat(live.textProperty().get()).endsWith("3 min");
  }
}
