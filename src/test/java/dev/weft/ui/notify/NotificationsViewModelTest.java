package dev.weft.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsViewModelTest {
  private final List<Notice> shown = new ArrayList<>();
  private final NotificationsViewModel vm = new NotificationsViewModel();

  @Test
  void downAndRecoveryAreAnnouncedUnlessMuted() {
    vm.setSink(shown::add);
    var healthy = Samples.healthy();
    var down = Samples.edit(healthy, "app2", "gz-1", p -> Samples.withHealth(p, Health.DOWN));
    vm.apply(healthy);
    vm.apply(down);
    vm.apply(later(Samples.edit(down, "app2", "gz-1", p -> Samples.withHealth(p, Health.HEALTHY))));
    assertThat(shown)
        .extracting(Notice::kind)
        .containsExactly(Notice.Kind.DOWN, Notice.Kind.RECOVERED);
    assertThat(shown.getFirst().title()).isEqualTo("app2@gz-1 is down");
    vm.mutedProperty().set(true);
    vm.apply(later(down));
    assertThat(shown).hasSize(2);
  }

  @Test
  void aStormBecomesOneNotice() {
    vm.setSink(shown::add);
    var s = Samples.healthy();
    vm.apply(s);
    for (String zone : List.of("gz-1", "sh-1", "bj-1")) {
      s = Samples.edit(s, "app3", zone, p -> Samples.withHealth(p, Health.DOWN));
    }
    vm.apply(s);
    assertThat(shown).hasSize(1);
    assertThat(shown.getFirst().title()).isEqualTo("3 placements went down");
  }

  private static FabricSnapshot later(FabricSnapshot s) {
    return new FabricSnapshot(
        s.fabric(), s.version() + 1, s.at().plusSeconds(10), s.zones(), s.gateway());
  }
}
