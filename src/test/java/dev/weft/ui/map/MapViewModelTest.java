package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.Health;
import dev.weft.ui.testing.Samples;
import org.junit.jupiter.api.Test;

class MapViewModelTest {
  private final MapViewModel vm = new MapViewModel(new MapLayoutEngine());

  @Test
  void everyPlacementGetsAViewModelInFabricOrder() {
    vm.apply(Samples.healthy());
    assertThat(vm.placements())
        .extracting(PlacementViewModel::id)
        .hasSize(9)
        .startsWith("app1@gz-1", "app2@gz-1");
    assertThat(vm.lanes())
        .extracting(ZoneLaneViewModel::zone)
        .containsExactly("gz-1", "sh-1", "bj-1");
    assertThat(vm.lanes().getFirst().weightProperty().get()).isEqualTo(40);
  }

  @Test
  void healthChangesUpdateNodesWithoutRelayout() {
    vm.apply(Samples.healthy());
    MapLayout before = vm.layoutProperty().get();
    PlacementViewModel app2 = vm.placement("app2@gz-1").orElseThrow();
    vm.apply(Samples.incident());
    assertThat(vm.layoutProperty().get()).isSameAs(before);
    assertThat(vm.placement("app2@gz-1")).containsSame(app2);
    assertThat(app2.healthProperty().get()).isEqualTo(Health.DOWN);
    assertThat(app2.readyProperty().get()).isZero();
    assertThat(app2.healthChangesProperty().get()).isEqualTo(1);
    assertThat(vm.reroutes()).containsExactly(new RerouteEdge("app1@gz-1", "app2@sh-1", false));
    assertThat(vm.dependencies())
        .filteredOn(d -> d.route().from().equals("app1@gz-1"))
        .extracting(d -> d.stateProperty().get())
        .containsExactly(EdgeState.BYPASSED);
  }

  @Test
  void aHealthyCallerOfADependencyThatIsDownWhereItsCallsGoSaysItIsAtRisk() {
    vm.apply(Samples.healthy());
    vm.apply(Samples.edit(Samples.healthy(), "app1", "bj-1", p -> p.withRisk(true, p.reroutes())));
    PlacementViewModel app1 = vm.placement("app1@bj-1").orElseThrow();
    assertThat(app1.healthProperty().get()).isEqualTo(Health.HEALTHY);
    assertThat(app1.atRiskProperty().get()).isTrue();
    assertThat(app1.summaryProperty().get()).contains("at risk");
    assertThat(app1.unhealthy()).as("\"only unhealthy\" keeps it").isTrue();
    ZoneLaneViewModel bj =
        vm.lanes().stream().filter(l -> l.zone().equals("bj-1")).findFirst().orElseThrow();
    assertThat(bj.summaryProperty().get()).contains("1 at risk").doesNotContain("all healthy");
  }

  @Test
  void aZoneLostASecondAgoSaysSoWithItsReasonWhateverItsLastEvent() {
    var live = Samples.healthy();
    vm.apply(live);
    var lostAt = live.at().plusSeconds(1);
    var zones = new java.util.LinkedHashMap<>(live.zones());
    var gz = zones.get("gz-1");
    zones.put(
        "gz-1",
        new dev.weft.state.ZoneSnapshot(
            "gz-1",
            new dev.weft.state.ConnectionState(
                dev.weft.state.ConnectionPhase.STALE,
                "connection refused 127.0.0.1:4000",
                lostAt,
                java.util.Optional.of(lostAt.minusSeconds(55)),
                java.util.Optional.empty()),
            Health.UNKNOWN,
            gz.placements()));
    vm.apply(
        new dev.weft.state.FabricSnapshot(
            live.fabric(), live.version() + 1, lostAt, zones, live.gateway()));
    vm.tick(lostAt.plusSeconds(1));
    ZoneLaneViewModel lane = vm.lanes().getFirst();
    assertThat(lane.statusProperty().get())
        .startsWith("Stale \u00b7 lost 1 s ago (since ")
        .endsWith("\nconnection refused 127.0.0.1:4000");
    assertThat(lane.weightTextProperty().get())
        .as("users still sent there are marked")
        .endsWith("%\n\u2192 zone stale");
  }

  /// A gateway whose route was never read sends an unknown share to each zone: its edges read
  /// "? %", where they read "0 %" as if every zone were drained.
  @Test
  void aGatewayNeverReadShowsUnknownWeightsNotZero() {
    var healthy = Samples.healthy();
    var never =
        new dev.weft.state.GatewaySnapshot(
            new dev.weft.state.ConnectionState(
                ConnectionPhase.UNREACHABLE,
                "connection refused 127.0.0.1:4000",
                healthy.at(),
                java.util.Optional.empty(),
                java.util.Optional.empty()),
            new java.util.LinkedHashMap<>(),
            java.util.Map.of());
    vm.apply(
        new dev.weft.state.FabricSnapshot(
            healthy.fabric(), healthy.version() + 1, healthy.at(), healthy.zones(), never));
    ZoneLaneViewModel lane = vm.lanes().getFirst();
    assertThat(lane.weightTextProperty().get()).isEqualTo("? %");
    assertThat(lane.weightKnownProperty().get()).isFalse();
    vm.apply(healthy);
    assertThat(lane.weightTextProperty().get()).matches("\\d+ %");
    assertThat(lane.weightKnownProperty().get()).isTrue();
  }

  @Test
  void canaryVersionStandsOut() {
    vm.apply(Samples.incident());
    PlacementViewModel app3 = vm.placement("app3@sh-1").orElseThrow();
    assertThat(app3.canaryProperty().get()).isTrue();
    assertThat(app3.versions()).contains(new VersionTag("2.1.0-rc1", 1, true));
    assertThat(vm.placement("app3@gz-1").orElseThrow().canaryProperty().get()).isFalse();
  }

  @Test
  void staleLaneSaysSinceWhenAndRecoveryClearsIt() {
    vm.apply(Samples.incident());
    ZoneLaneViewModel bj = vm.lanes().get(2);
    assertThat(bj.staleProperty().get()).isTrue();
    assertThat(bj.statusProperty().get()).startsWith("Stale \u00b7 lost 12 s ago (since ");
    vm.tick(Samples.NOW.plusSeconds(10));
    assertThat(bj.statusProperty().get()).startsWith("Stale \u00b7 lost 22 s ago (since ");
    assertThat(vm.placement("app1@bj-1").orElseThrow().staleProperty().get()).isTrue();
    assertThat(bj.summaryProperty().get()).contains("3 unknown").doesNotContain("healthy");
    vm.apply(Samples.healthy());
    assertThat(bj.staleProperty().get()).isFalse();
    assertThat(bj.statusProperty().get()).isEmpty();
  }

  @Test
  void unreachableLaneSaysWhy() {
    vm.apply(Samples.zone(Samples.healthy(), "sh-1", ConnectionPhase.UNREACHABLE));
    ZoneLaneViewModel sh = vm.lanes().get(1);
    assertThat(sh.unreachableProperty().get()).isTrue();
    assertThat(sh.statusProperty().get()).startsWith("Unreachable: ").contains("connection reset");
  }

  @Test
  void searchMatchesAndDimsTheRest() {
    vm.apply(Samples.incident());
    vm.searchTextProperty().set("app2");
    assertThat(vm.selection().matchCountProperty().get()).isEqualTo(3);
    assertThat(vm.placement("app1@gz-1").orElseThrow().dimmedProperty().get()).isTrue();
    assertThat(vm.selection().nextMatch()).contains("app2@gz-1");
    assertThat(vm.selection().nextMatch()).contains("app2@sh-1");
    vm.searchTextProperty().set("rc1");
    assertThat(vm.selection().matchCountProperty().get()).isEqualTo(1);
  }

  @Test
  void onlyUnhealthyDimsHealthyNodes() {
    vm.apply(Samples.incident());
    vm.onlyUnhealthyProperty().set(true);
    assertThat(vm.placements())
        .filteredOn(p -> !p.dimmedProperty().get())
        .extracting(PlacementViewModel::id)
        .containsExactlyInAnyOrder("app2@gz-1", "app1@sh-1", "app1@bj-1", "app2@bj-1", "app3@bj-1");
  }

  @Test
  void keyboardMovesAlongDependenciesAndAcrossLanes() {
    vm.apply(Samples.healthy());
    vm.selection().move(NavigationDirection.RIGHT);
    assertThat(vm.selection().selectedIdProperty().get()).isEqualTo("app1@gz-1");
    vm.selection().move(NavigationDirection.RIGHT);
    assertThat(vm.selection().selectedIdProperty().get()).isEqualTo("app2@gz-1");
    vm.selection().move(NavigationDirection.DOWN);
    assertThat(vm.selection().selectedIdProperty().get()).isEqualTo("app2@sh-1");
    vm.selection().move(NavigationDirection.LEFT);
    assertThat(vm.selection().selectedIdProperty().get()).isEqualTo("app1@sh-1");
    assertThat(vm.placement("app1@sh-1").orElseThrow().selectedProperty().get()).isTrue();
    assertThat(vm.placement("app2@sh-1").orElseThrow().selectedProperty().get()).isFalse();
  }
}
