package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.ConnectionState;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.GatewaySnapshot;
import dev.weft.state.Health;
import dev.weft.ui.testing.Samples;
import java.lang.ref.WeakReference;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/// The gateway card tells the gateway's own state, and a card made per layout never outlives it.
class GatewayTruthTest {
  private final MapViewModel vm = new MapViewModel(new MapLayoutEngine());

  private static FabricSnapshot withGateway(FabricSnapshot s, Health health, String problem) {
    GatewaySnapshot g = s.gateway();
    return new FabricSnapshot(
        s.fabric(),
        s.version() + 1,
        s.at(),
        s.zones(),
        new GatewaySnapshot(g.connection(), g.weights(), g.regionRoutes(), health, problem));
  }

  @Test
  void aMissingRouteShowsOnTheCard() {
    vm.apply(Samples.healthy());
    assertThat(vm.gateway().statusProperty().get()).isEmpty();
    vm.apply(withGateway(Samples.healthy(), Health.DOWN, "HTTPRoute edge/health not found"));
    assertThat(vm.gateway().healthProperty().get()).isEqualTo(Health.DOWN);
    assertThat(vm.gateway().statusProperty().get()).isEqualTo("HTTPRoute edge/health not found");
  }

  @Test
  void aStaleGatewaySaysSinceWhenAndWhy() {
    FabricSnapshot s = Samples.healthy();
    GatewaySnapshot g = s.gateway();
    ConnectionState stale =
        new ConnectionState(
            dev.weft.state.ConnectionPhase.STALE,
            "connection refused 127.0.0.1:4000",
            s.at(),
            g.connection().lastEventAt(),
            g.connection().apiLatency());
    vm.apply(
        new FabricSnapshot(
            s.fabric(),
            s.version() + 1,
            s.at(),
            s.zones(),
            new GatewaySnapshot(stale, g.weights(), g.regionRoutes())));
    vm.tick(s.at().plusSeconds(3));
    assertThat(vm.gateway().phaseProperty().get()).isEqualTo(dev.weft.state.ConnectionPhase.STALE);
    assertThat(vm.gateway().statusProperty().get())
        .startsWith("Stale \u00b7 lost 3 s ago")
        .endsWith("connection refused 127.0.0.1:4000");
  }

  @Test
  void aCardFromAnOldLayoutIsNotKeptByTheGatewayViewModel() {
    vm.apply(Samples.healthy());
    WeakReference<GatewayNode> card =
        dev.weft.ui.export.HeadlessFx.call(
            () ->
                new WeakReference<>(
                    new GatewayNode(vm.gateway(), new MapGeometry.Box(0, 0, 200, 300))));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              System.gc();
              return card.get() == null;
            });
  }
}
