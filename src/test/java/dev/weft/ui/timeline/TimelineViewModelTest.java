package dev.weft.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.Health;
import dev.weft.ui.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {
  private final List<String> selected = new ArrayList<>();
  private final TimelineViewModel vm = new TimelineViewModel(selected::add);

  @Test
  void listsTransitionsAndWarningsNewestFirst() {
    vm.apply(Samples.healthy());
    assertThat(vm.visibleEntries()).isEmpty();
    var later =
        Samples.edit(Samples.healthy(), "app2", "gz-1", p -> Samples.withHealth(p, Health.DOWN));
    vm.apply(later);
    assertThat(vm.visibleEntries()).hasSize(1);
    TimelineEntry first = vm.visibleEntries().getFirst();
    assertThat(first.kind()).isEqualTo(TimelineEntry.Kind.TRANSITION);
    assertThat(first.text()).isEqualTo("app2@gz-1: healthy \u2192 down");
    vm.apply(Samples.edit(later, "app1", "sh-1", Samples::podDeleted));
    assertThat(vm.visibleEntries().getFirst().placementId()).isEqualTo("app1@sh-1");
  }

  @Test
  void warningsAreListedOnceAndFilterable() {
    vm.apply(Samples.incident());
    int count = vm.visibleEntries().size();
    assertThat(count).isGreaterThan(0);
    vm.apply(Samples.incident());
    assertThat(vm.visibleEntries()).hasSize(count);
    vm.zoneFilterProperty().set("sh-1");
    assertThat(vm.visibleEntries()).allMatch(e -> e.zone().equals("sh-1")).isNotEmpty();
    vm.appFilterProperty().set("app3");
    assertThat(vm.visibleEntries()).isEmpty();
    vm.zoneFilterProperty().set("");
    vm.appFilterProperty().set("app2");
    assertThat(vm.visibleEntries()).allMatch(e -> e.app().equals("app2")).isNotEmpty();
  }

  @Test
  void aChangeShorterThanAFrameIsStillListed() {
    var healthy = Samples.healthy();
    vm.apply(healthy);
    var down = Samples.edit(healthy, "app2", "gz-1", p -> Samples.withHealth(p, Health.DOWN));
    var back = Samples.edit(down, "app2", "gz-1", p -> Samples.withHealth(p, Health.HEALTHY));
    // The pump applies only the latest snapshot of a frame: `down` is never applied.
    vm.apply(back);
    assertThat(vm.visibleEntries())
        .extracting(TimelineEntry::text)
        .containsExactlyInAnyOrder(
            "app2@gz-1: healthy \u2192 down", "app2@gz-1: down \u2192 healthy");
  }

  @Test
  void anAggregatedWarningIsOneLineWhoseCountAndTimeFollow() {
    var s = Samples.incident();
    vm.apply(s);
    int lines = vm.visibleEntries().size();
    var w = s.zones().get("gz-1").placements().get("app2").warnings().getFirst();
    for (int i = 1; i <= 3; i++) {
      int n = i;
      s =
          Samples.edit(
              s,
              "app2",
              "gz-1",
              p ->
                  Samples.withWarnings(
                      p,
                      java.util.List.of(
                          new dev.weft.state.WarningEvent(
                              w.at().plusSeconds(5L * n),
                              w.zone(),
                              w.app(),
                              w.object(),
                              w.reason(),
                              w.message(),
                              w.count() + n))));
      vm.apply(s);
    }
    assertThat(vm.visibleEntries()).hasSize(lines);
    assertThat(vm.visibleEntries().getFirst().text()).contains("\u00d7" + (w.count() + 3));
    assertThat(vm.visibleEntries().getFirst().at()).isEqualTo(w.at().plusSeconds(15));
  }

  @Test
  void aZoneLostAndBackIsOnTheTimelineWithItsReason() {
    var live = Samples.healthy();
    vm.apply(live);
    var stale = Samples.zone(live, "gz-1", dev.weft.state.ConnectionPhase.STALE);
    vm.apply(Samples.zone(stale, "gz-1", dev.weft.state.ConnectionPhase.LIVE));
    assertThat(vm.visibleEntries())
        .extracting(TimelineEntry::text)
        .containsExactlyInAnyOrder(
            "gz-1: live \u2192 stale \u00b7 watch closed: connection reset by peer",
            "gz-1: stale \u2192 live \u00b7 watch closed: connection reset by peer");
  }

  @Test
  void choosingAnEntrySelectsItsPlacement() {
    vm.apply(Samples.incident());
    vm.choose(vm.visibleEntries().getFirst());
    assertThat(selected).containsExactly(vm.visibleEntries().getFirst().placementId());
  }
}
