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
  void choosingAnEntrySelectsItsPlacement() {
    vm.apply(Samples.incident());
    vm.choose(vm.visibleEntries().getFirst());
    assertThat(selected).containsExactly(vm.visibleEntries().getFirst().placementId());
  }
}
