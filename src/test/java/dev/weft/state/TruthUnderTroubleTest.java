package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.LinkPhase;
import dev.weft.cluster.ObjectKind;
import dev.weft.cluster.PodInfo;
import dev.weft.cluster.RouteInfo;
import dev.weft.cluster.ServiceInfo;
import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.testing.Fabrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// What the model says when things break: risk that follows reroutes, the gateway's own health,
/// restarts counted from the pod's state, and transitions kept in the model, not per frame.
class TruthUnderTroubleTest {
  private final Changes c = new Changes();
  private FabricModel model = new FabricModel(Fabrics.of(true, "gz-1", "sh-1", "bj-1"), c.now);

  private FabricSnapshot apply(List<ClusterChange> changes) {
    changes.forEach(model::apply);
    return model.snapshot();
  }

  private FabricSnapshot apply(ClusterChange... changes) {
    return apply(List.of(changes));
  }

  private ClusterChange rerouted(String zone, String service, String to) {
    return new ClusterChange.ServiceUpserted(zone, c.now, new ServiceInfo(service, null, to));
  }

  @Test
  void callsReroutedIntoAZoneWhereTheDependencyIsDownAreAtRisk() {
    apply(c.healthyZone("bj-1", 2));
    apply(c.healthyZone("sh-1", 2));
    FabricSnapshot s = apply(rerouted("bj-1", "app2", "sh-1"));
    PlacementSnapshot app1 = s.zones().get("bj-1").placements().get("app1");
    assertThat(app1.reroutes()).containsExactly(Map.entry("app2", "sh-1"));
    assertThat(app1.atRisk()).isFalse();

    // brownout sh-1: app2 there has no ready pod
    s = apply(c.later(1).deployment("sh-1", "app2", 2, 0));
    app1 = s.zones().get("bj-1").placements().get("app1");
    assertThat(s.zones().get("sh-1").placements().get("app2").health()).isEqualTo(Health.DOWN);
    assertThat(app1.atRisk()).as("app1@bj-1 calls app2 in sh-1, which is down").isTrue();

    // bj-1's own app2 going down does not matter while its calls go to sh-1
    s = apply(c.deployment("sh-1", "app2", 2, 2), c.deployment("bj-1", "app2", 2, 0));
    assertThat(s.zones().get("bj-1").placements().get("app1").atRisk()).isFalse();
  }

  @Test
  void everyReroutedDependencyIsKept() {
    Fabric base = Fabrics.of(true, "gz-1", "sh-1", "bj-1");
    Fabric fabric =
        new Fabric(
            base.source(),
            base.name(),
            base.kubeconfig(),
            base.gateway(),
            base.zones(),
            base.regions(),
            List.of(
                new App("app1", "app1", List.of("app2", "app3"), null),
                new App("app2", "app2", List.of(), null),
                new App("app3", "app3", List.of(), null)),
            base.canary());
    model = new FabricModel(fabric, c.now);
    apply(c.healthyZone("gz-1", 1));
    FabricSnapshot s = apply(rerouted("gz-1", "app2", "sh-1"), rerouted("gz-1", "app3", "bj-1"));
    assertThat(s.zones().get("gz-1").placements().get("app1").reroutes())
        .containsExactly(Map.entry("app2", "sh-1"), Map.entry("app3", "bj-1"));
  }

  @Test
  void aLiveGatewayWithoutItsRouteIsDown() {
    FabricSnapshot s =
        apply(
            new ClusterChange.Resynced(
                ClusterChange.GATEWAY, c.now, Map.of(ObjectKind.ROUTE, Set.of())),
            new ClusterChange.LinkChanged(ClusterChange.GATEWAY, c.now, LinkPhase.LIVE, "", null));
    assertThat(s.gateway().health()).isEqualTo(Health.DOWN);
    assertThat(s.gateway().problem()).isEqualTo("HTTPRoute edge/health not found");
  }

  @Test
  void aListedRouteWhoseEventIsStillOnItsWayIsNotCalledMissing() {
    FabricSnapshot s =
        apply(
            new ClusterChange.Resynced(
                ClusterChange.GATEWAY, c.now, Map.of(ObjectKind.ROUTE, Set.of("health"))),
            new ClusterChange.LinkChanged(ClusterChange.GATEWAY, c.now, LinkPhase.LIVE, "", null));
    assertThat(s.gateway().health()).isEqualTo(Health.UNKNOWN);
    s = apply(route(Map.of("health-gz-1", 1)));
    assertThat(s.gateway().health()).isEqualTo(Health.HEALTHY);
    s = apply(new ClusterChange.RouteChanged(ClusterChange.GATEWAY, c.now, null));
    assertThat(s.gateway().problem()).isEqualTo("HTTPRoute edge/health not found");
  }

  @Test
  void aRouteWithEveryWeightZeroServesNoOneAndIsDown() {
    FabricSnapshot s =
        apply(
            new ClusterChange.LinkChanged(ClusterChange.GATEWAY, c.now, LinkPhase.LIVE, "", null),
            route(Map.of("health-gz-1", 1, "health-sh-1", 1, "health-bj-1", 1)));
    assertThat(s.gateway().health()).isEqualTo(Health.HEALTHY);
    s = apply(c.later(1), route(Map.of("health-gz-1", 0, "health-sh-1", 0, "health-bj-1", 0)));
    assertThat(s.gateway().health()).isEqualTo(Health.DOWN);
    assertThat(s.gateway().problem()).contains("every weight is 0");
    assertThat(s.transitions())
        .last()
        .isInstanceOfSatisfying(
            Transition.GatewayChanged.class, t -> assertThat(t.to()).isEqualTo(Health.DOWN));
  }

  private ClusterChange route(Map<String, Integer> weights) {
    return new ClusterChange.RouteChanged(
        ClusterChange.GATEWAY, c.now, new RouteInfo(weights, Map.of()));
  }

  private FabricSnapshot apply(Changes ignored, ClusterChange change) {
    return apply(change);
  }

  @Test
  void restartsBeforeWeftStartedCountFromThePodsOwnState() {
    Instant created = c.now.minusSeconds(300);
    Instant lastCrash = c.now.minusSeconds(20);
    FabricSnapshot s =
        apply(
            c.live("gz-1"),
            c.deployment("gz-1", "app2", 1, 0),
            new ClusterChange.PodUpserted(
                "gz-1",
                c.now,
                new PodInfo(
                    "app2-abc-0",
                    "app2",
                    "Running",
                    false,
                    10,
                    "CrashLoopBackOff",
                    created,
                    "n",
                    "1.0-bad",
                    lastCrash,
                    "CrashLoopBackOff",
                    "Error, exit code 1")));
    PlacementSnapshot app2 = s.zones().get("gz-1").placements().get("app2");
    assertThat(app2.restartsLast10m()).as("kubectl shows 10 restarts in 5 min").isEqualTo(10);
    PodSnapshot pod = app2.pods().getFirst();
    assertThat(pod.status()).isEqualTo("CrashLoopBackOff");
    assertThat(pod.lastTermination()).contains("Error, exit code 1");
    assertThat(pod.lastRestartAt()).contains(lastCrash);
  }

  @Test
  void aDownThatLastsLessThanAFrameStaysInTheHistory() {
    apply(c.healthyZone("gz-1", 2));
    // Two batches between two frames: down, then back.
    apply(c.later(1).deployment("gz-1", "app2", 2, 0));
    FabricSnapshot frame = apply(c.later(1).deployment("gz-1", "app2", 2, 2));
    assertThat(frame.transitions())
        .filteredOn(t -> t instanceof Transition.PlacementChanged)
        .map(t -> (Transition.PlacementChanged) t)
        .extracting(t -> t.placementId() + " " + t.from() + "→" + t.to())
        .containsExactly("app2@gz-1 HEALTHY→DOWN", "app2@gz-1 DOWN→HEALTHY");
  }

  @Test
  void losingAZoneAndGettingItBackAreTransitionsWithTheReason() {
    apply(c.healthyZone("gz-1", 1));
    apply(c.later(5).lost("gz-1", "connection refused 127.0.0.1:4000"));
    FabricSnapshot s = apply(c.later(5).live("gz-1"));
    assertThat(s.transitions())
        .extracting(
            t ->
                t instanceof Transition.ConnectionChanged cc
                    ? cc.source() + " " + cc.to() + " " + cc.reason()
                    : t.toString())
        .containsExactly("gz-1 STALE connection refused 127.0.0.1:4000", "gz-1 LIVE ");
    assertThat(s.transitions().getFirst().seq()).isLessThan(s.transitions().getLast().seq());
  }

  @Test
  void aForbiddenZoneThatRetriesIsOneTransitionUntilItIsBack() {
    apply(c.healthyZone("gz-1", 1));
    String why = "user \"admin\" cannot list pods in namespace health";
    for (int retry = 0; retry < 4; retry++) {
      apply(c.later(5).link("gz-1", dev.weft.cluster.LinkPhase.FORBIDDEN, why));
      apply(c.later(5).link("gz-1", dev.weft.cluster.LinkPhase.SYNCING, ""));
    }
    FabricSnapshot s = apply(c.later(5).live("gz-1"));
    assertThat(s.transitions())
        .filteredOn(t -> t instanceof Transition.ConnectionChanged)
        .map(t -> (Transition.ConnectionChanged) t)
        .extracting(t -> t.source() + " " + t.to())
        .containsExactly("gz-1 FORBIDDEN", "gz-1 LIVE");
  }
}
