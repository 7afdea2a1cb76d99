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
        .isEqualTo("gz-1 \u00b7 Live \u00b7 24 ms \u00b7 2 s");
    ZoneChipViewModel bj = vm.chips().get(2);
    assertThat(bj.phaseProperty().get()).isEqualTo(ConnectionPhase.STALE);
    assertThat(bj.textProperty().get()).startsWith("bj-1 \u00b7 Stale").endsWith("12 s");
    assertThat(bj.detailsProperty().get()).contains("connection reset by peer");
    vm.tick(Samples.NOW.plusSeconds(200));
    assertThat(bj.textProperty().get()).endsWith("3 min");
  }
}
