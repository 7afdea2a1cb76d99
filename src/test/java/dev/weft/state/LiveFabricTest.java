package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.testing.Fabrics;
import dev.weft.testing.KubeObjects;
import dev.weft.testing.Kubeconfigs;
import dev.weft.testing.MockCluster;
import dev.weft.testing.Routes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveFabricTest {
  @TempDir Path dir;
  private final Map<String, MockCluster> clusters = new LinkedHashMap<>();
  private LiveFabric live;

  @AfterEach
  void tearDown() {
    if (live != null) {
      live.close();
    }
    clusters.values().forEach(MockCluster::close);
  }

  private KubeconfigSource kubeconfig() {
    Map<String, String> servers = new LinkedHashMap<>();
    clusters.forEach((name, c) -> servers.put(name, c.url()));
    return KubeconfigSource.of(Kubeconfigs.write(dir.resolve("config"), servers));
  }

  @Test
  void healthyFabricGoesLiveWithWeights() throws Exception {
    for (String z : new String[] {"gz-1", "sh-1", "edge"}) {
      clusters.put(z, MockCluster.start());
    }
    KubeObjects.seedHealthy(clusters.get("gz-1").client(), 2);
    KubeObjects.seedHealthy(clusters.get("sh-1").client(), 2);
    clusters
        .get("edge")
        .client()
        .resource(
            Routes.route(
                Map.of("health-gz-1", 60, "health-sh-1", 40), Map.of("south", "health-gz-1")))
        .create();

    live = LiveFabric.open(Fabrics.of(true, "gz-1", "sh-1"), kubeconfig(), TestOptions.fast());
    assertThat(live.awaitSettled(Duration.ofSeconds(10))).isTrue();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              FabricSnapshot s = live.current();
              assertThat(s.zones().get("gz-1").connection().phase())
                  .isEqualTo(ConnectionPhase.LIVE);
              assertThat(s.zones().get("gz-1").health()).isEqualTo(Health.HEALTHY);
              PlacementSnapshot app2 = s.zones().get("sh-1").placements().get("app2");
              assertThat(app2.ready()).isEqualTo(2);
              assertThat(app2.pods()).hasSize(2);
              assertThat(app2.versions()).containsEntry("1.0.0", 2);
              assertThat(s.gateway().weights())
                  .containsExactly(Map.entry("gz-1", 60), Map.entry("sh-1", 40));
              assertThat(s.gateway().regionRoutes())
                  .containsEntry("south", java.util.List.of("gz-1"));
            });
  }
}
