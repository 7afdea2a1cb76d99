package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.EventInfo;
import dev.weft.cluster.LinkPhase;
import dev.weft.cluster.RouteInfo;
import dev.weft.cluster.ServiceInfo;
import dev.weft.testing.Fabrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FabricModelTest {
  private final Changes c = new Changes();
  private final FabricModel model = new FabricModel(Fabrics.of(true, "gz-1", "sh-1"), Changes.T0);

  private FabricSnapshot apply(List<ClusterChange> changes) {
    changes.forEach(model::apply);
    return model.snapshot();
  }

  private FabricSnapshot apply(ClusterChange... changes) {
    return apply(List.of(changes));
  }

  @Test
  void healthyZoneRollsUpHealthy() {
    FabricSnapshot s = apply(c.healthyZone("gz-1", 2));
    ZoneSnapshot gz1 = s.zones().get("gz-1");
    assertThat(gz1.health()).isEqualTo(Health.HEALTHY);
    assertThat(gz1.placements().get("app2").versions()).containsExactly(Map.entry("1.0.0", 2));
    assertThat(s.zones().get("sh-1").health()).isEqualTo(Health.UNKNOWN);
  }

  @Test
  void versionsCountPodsPerImageTagMostFirst() {
    apply(c.healthyZone("gz-1", 1));
    FabricSnapshot s =
        apply(
            c.pod("gz-1", "app2-new-1", "1.1.0", true, 0),
            c.pod("gz-1", "app2-new-2", "1.1.0", true, 0));
    assertThat(s.zones().get("gz-1").placements().get("app2").versions())
        .containsExactly(Map.entry("1.1.0", 2), Map.entry("1.0.0", 1));
  }

  @Test
  void downDependencyPutsItsCallerAtRiskUnlessRerouted() {
    apply(c.healthyZone("gz-1", 2));
    FabricSnapshot s = apply(c.deployment("gz-1", "app2", 2, 0));
    PlacementSnapshot app1 = s.zones().get("gz-1").placements().get("app1");
    assertThat(s.zones().get("gz-1").placements().get("app2").health()).isEqualTo(Health.DOWN);
    assertThat(app1.atRisk()).isTrue();
    assertThat(app1.reroutes()).isEmpty();
    assertThat(s.zones().get("gz-1").health()).isEqualTo(Health.DOWN);

    s =
        apply(
            new ClusterChange.ServiceUpserted(
                "gz-1", c.now, new ServiceInfo("app2", "app2.sh-1.health.example", null)));
    app1 = s.zones().get("gz-1").placements().get("app1");
    assertThat(app1.atRisk()).isFalse();
    assertThat(app1.reroutes()).containsExactly(Map.entry("app2", "sh-1"));
  }

  @Test
  void rerouteAnnotationCountsToo() {
    apply(c.healthyZone("gz-1", 2));
    FabricSnapshot s =
        apply(
            c.deployment("gz-1", "app2", 2, 0),
            new ClusterChange.ServiceUpserted(
                "gz-1", c.now, new ServiceInfo("app2", null, "sh-1")));
    assertThat(s.zones().get("gz-1").placements().get("app1").reroutes())
        .containsExactly(Map.entry("app2", "sh-1"));
    assertThat(s.zones().get("gz-1").placements().get("app1").atRisk()).isFalse();
  }

  @Test
  void lostZoneIsStaleWithLastKnownPlacementsMarkedUnknown() {
    apply(c.healthyZone("gz-1", 2));
    FabricSnapshot s = apply(c.later(5).lost("gz-1", "connection refused 10.0.0.1:6443"));
    ZoneSnapshot gz1 = s.zones().get("gz-1");
    assertThat(gz1.connection().phase()).isEqualTo(ConnectionPhase.STALE);
    assertThat(gz1.connection().since()).isEqualTo(c.now);
    assertThat(gz1.connection().reason()).isEqualTo("connection refused 10.0.0.1:6443");
    assertThat(gz1.placements().get("app1").pods()).hasSize(2);
    assertThat(gz1.placements().values()).allMatch(p -> p.health() == Health.UNKNOWN);
    assertThat(gz1.health()).isEqualTo(Health.UNKNOWN);
  }

  /// An API server that answers the probe but not the lists: the link goes stale, reconnects
  /// (syncing) and goes stale again. The zone is stale since it was lost, not since the last
  /// failed reconnect.
  @Test
  void aZoneThatFailsEveryReconnectIsStaleSinceItWasLost() {
    apply(c.healthyZone("gz-1", 2));
    Instant lost = c.later(5).now;
    apply(c.lost("gz-1", "timeout: no answer from 10.0.0.1:6443"));
    apply(c.later(20).link("gz-1", LinkPhase.SYNCING, ""));
    FabricSnapshot s = apply(c.later(20).lost("gz-1", "timeout: no answer from 10.0.0.1:6443"));
    assertThat(s.zones().get("gz-1").connection().phase()).isEqualTo(ConnectionPhase.STALE);
    assertThat(s.zones().get("gz-1").connection().since()).isEqualTo(lost);
    // Live again, then lost: a new loss.
    apply(c.later(5).live("gz-1"));
    s = apply(c.later(5).lost("gz-1", "connection refused 10.0.0.1:6443"));
    assertThat(s.zones().get("gz-1").connection().since()).isEqualTo(c.now);
  }

  /// A recording's keyframe taken while such a zone reconnects: the replayed model still counts
  /// its staleness from the loss, as the live one did, not from the next failed reconnect.
  @Test
  void aModelRestoredDuringAReconnectIsStaleSinceTheZoneWasLost() {
    apply(c.healthyZone("gz-1", 2));
    Instant lost = c.later(5).now;
    apply(c.lost("gz-1", "timeout: no answer from 10.0.0.1:6443"));
    apply(c.later(20).link("gz-1", LinkPhase.SYNCING, ""));
    FabricModel restored = new FabricModel(Fabrics.of(true, "gz-1", "sh-1"), model.export());
    restored.apply(c.later(20).lost("gz-1", "timeout: no answer from 10.0.0.1:6443"));
    assertThat(restored.snapshot().zones().get("gz-1").connection().since()).isEqualTo(lost);
  }

  @Test
  void neverLiveZoneThatCannotConnectIsUnreachable() {
    FabricSnapshot s = apply(c.lost("sh-1", "DNS: unknown host x:6443"));
    assertThat(s.zones().get("sh-1").connection().phase()).isEqualTo(ConnectionPhase.UNREACHABLE);
  }

  @Test
  void resyncDropsGhostsAndAppliesMissedDeletes() {
    apply(c.healthyZone("gz-1", 2));
    apply(c.lost("gz-1", "gone"));
    FabricSnapshot s =
        apply(
            c.live("gz-1"),
            c.resynced(
                "gz-1",
                Set.of("app1-abc-0", "app1-abc-1", "app2-abc-1", "app3-abc-0", "app3-abc-1"),
                Set.of("app1", "app2", "app3")));
    assertThat(s.zones().get("gz-1").placements().get("app2").pods())
        .extracting(PodSnapshot::name)
        .containsExactly("app2-abc-1");
  }

  @Test
  void restartsCountOnlyInTheLastTenMinutes() {
    apply(c.healthyZone("gz-1", 1));
    apply(c.later(10).pod("gz-1", "app3-abc-0", "1.0.0", true, 2));
    FabricSnapshot s = apply(c.later(60).pod("gz-1", "app3-abc-0", "1.0.0", true, 3));
    assertThat(s.zones().get("gz-1").placements().get("app3").restartsLast10m()).isEqualTo(3);
    assertThat(s.zones().get("gz-1").placements().get("app3").health()).isEqualTo(Health.DEGRADED);

    s = apply(new ClusterChange.ClockTicked("@clock", c.later(590).now));
    assertThat(s.zones().get("gz-1").placements().get("app3").restartsLast10m()).isEqualTo(1);
    assertThat(s.zones().get("gz-1").placements().get("app3").health()).isEqualTo(Health.HEALTHY);
  }

  @Test
  void warningsReachTheirPlacementAndPod() {
    apply(c.healthyZone("gz-1", 1));
    FabricSnapshot s =
        apply(
            new ClusterChange.EventSeen(
                "gz-1",
                c.now,
                new EventInfo("e1", c.now, "Pod", "app2-abc-0", "BackOff", "restarting", 4)));
    PlacementSnapshot app2 = s.zones().get("gz-1").placements().get("app2");
    assertThat(app2.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.object()).isEqualTo("Pod/app2-abc-0");
              assertThat(w.count()).isEqualTo(4);
            });
    assertThat(app2.pods().getFirst().lastWarning()).contains("BackOff: restarting");
    assertThat(s.zones().get("gz-1").placements().get("app1").warnings()).isEmpty();
  }

  @Test
  void gatewayWeightsArePercentsInFabricOrderAndRegionsAreZones() {
    FabricSnapshot s =
        apply(
            new ClusterChange.RouteChanged(
                ClusterChange.GATEWAY,
                c.now,
                new RouteInfo(
                    Map.of("health-sh-1", 1, "health-gz-1", 2),
                    Map.of("east", List.of("health-sh-1", "health-gz-1")))));
    assertThat(s.gateway().weights()).containsExactly(Map.entry("gz-1", 67), Map.entry("sh-1", 33));
    assertThat(s.gateway().regionRoutes()).containsEntry("east", List.of("sh-1", "gz-1"));
  }

  @Test
  void unchangedZonesAreReusedBetweenSnapshots() {
    FabricSnapshot first = apply(c.healthyZone("gz-1", 1));
    FabricSnapshot second = apply(c.healthyZone("sh-1", 1));
    assertThat(second.zones().get("gz-1")).isSameAs(first.zones().get("gz-1"));
    assertThat(second.version()).isGreaterThan(first.version());
  }
}
