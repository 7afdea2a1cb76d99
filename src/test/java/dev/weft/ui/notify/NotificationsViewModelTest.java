package dev.weft.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsViewModelTest {
  private final NotificationsViewModel vm = new NotificationsViewModel();

  @Test
  void downStaysUntilItRecoversThenRecoveryShowsBriefly() {
    var healthy = Samples.healthy();
    var down = Samples.edit(healthy, "app2", "gz-1", p -> Samples.withHealth(p, Health.DOWN));
    vm.apply(healthy);
    vm.apply(down);
    assertThat(vm.shown()).extracting(Notice::title).containsExactly("app2@gz-1 is down");
    vm.tick(down.at().plusSeconds(60));
    assertThat(vm.shown()).as("trouble stays while it lasts").hasSize(1);

    var back = Samples.edit(down, "app2", "gz-1", p -> Samples.withHealth(p, Health.HEALTHY));
    vm.apply(back);
    assertThat(vm.shown())
        .as("the down notice goes when it recovers")
        .extracting(Notice::kind)
        .containsExactly(Notice.Kind.RECOVERED);
    vm.tick(back.at().plus(NotificationsViewModel.RECOVERED_FOR));
    assertThat(vm.shown()).isEmpty();
  }

  /// Left open over the map, the notice hid cards for as long as an incident lasted.
  @Test
  void theTroubleNoticeFoldsToItsTitleAndOpensForNewsOrWhenAsked() {
    var healthy = Samples.healthy();
    var down = Samples.edit(healthy, "app2", "gz-1", p -> Samples.withHealth(p, Health.DOWN));
    vm.apply(healthy);
    vm.apply(down);
    vm.tick(down.at().plus(NotificationsViewModel.UNFOLDED_FOR).minusSeconds(1));
    assertThat(vm.shown().getFirst().folded()).as("open while it is news").isFalse();
    vm.tick(down.at().plus(NotificationsViewModel.UNFOLDED_FOR));
    assertThat(vm.shown())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.folded()).isTrue();
              assertThat(n.title()).isEqualTo("app2@gz-1 is down");
            });

    vm.unfold();
    assertThat(vm.shown().getFirst().folded()).as("opened by the user").isFalse();
    vm.tick(down.at().plus(NotificationsViewModel.UNFOLDED_FOR.multipliedBy(3)));
    assertThat(vm.shown().getFirst().folded()).isTrue();

    var worse = Samples.edit(down, "app3", "sh-1", p -> Samples.withHealth(p, Health.DOWN));
    vm.apply(worse);
    assertThat(vm.shown().getFirst())
        .as("something new going wrong opens it")
        .satisfies(
            n -> {
              assertThat(n.folded()).isFalse();
              assertThat(n.title()).isEqualTo("2 problems now");
            });
  }

  @Test
  void oneIncidentIsOneNoticeUpdatedInPlace() {
    var s = Samples.healthy();
    vm.apply(s);
    for (String zone : List.of("gz-1", "sh-1", "bj-1")) {
      // Each placement goes down in its own frame, within the same second.
      s = Samples.edit(s, "app3", zone, p -> Samples.withHealth(p, Health.DOWN));
      vm.apply(s);
      assertThat(vm.shown()).hasSize(1);
    }
    assertThat(vm.shown().getFirst().title()).isEqualTo("3 problems now");
  }

  @Test
  void aZoneGoingStaleAndComingBackIsAnnounced() {
    FabricSnapshot live = Samples.healthy();
    vm.apply(live);
    FabricSnapshot stale = Samples.zone(live, "gz-1", ConnectionPhase.STALE);
    vm.apply(stale);
    assertThat(vm.shown())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.title()).isEqualTo("gz-1 is stale");
              assertThat(n.text()).contains("connection reset by peer");
            });
    vm.apply(Samples.zone(stale, "gz-1", ConnectionPhase.LIVE));
    assertThat(vm.shown()).extracting(Notice::title).containsExactly("gz-1 is live again");
  }

  @Test
  void mutedShowsNothing() {
    vm.mutedProperty().set(true);
    var healthy = Samples.healthy();
    vm.apply(healthy);
    vm.apply(Samples.edit(healthy, "app2", "gz-1", p -> Samples.withHealth(p, Health.DOWN)));
    assertThat(vm.shown()).isEmpty();
  }
}
