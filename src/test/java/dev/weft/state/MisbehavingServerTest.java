package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.testing.Fabrics;
import dev.weft.testing.KubeObjects;
import dev.weft.testing.Kubeconfigs;
import dev.weft.testing.MockCluster;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Servers that lie or misbehave: failing new requests while watches stay open (DEGRADED), slow
/// (SLOW, not lost), sending a malformed object (that object unreadable, the zone live), and a
/// kubeconfig that changes under a running Weft (reconnect to the new address).
@Timeout(90)
class MisbehavingServerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dir;

  private Harness harness() {
    return new Harness(dir);
  }

  @Test
  void serverFailingNewRequestsWhileItsWatchesStayOpenIsDegraded() throws Exception {
    try (Harness h = harness()) {
      KubeObjects.seedHealthy(h.start("gz-1").client(), 1);
      h.open(Fabrics.of(false, "gz-1"));
      await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);

      h.cluster("gz-1")
          .fault(
              r ->
                  r.getPath().contains("watch=true")
                      ? null
                      : MockCluster.status(500, "InternalError", "Internal error occurred"));
      await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.DEGRADED);
      assertThat(h.zone("gz-1").connection().reason()).contains("answered 500");

      h.cluster("gz-1").fault(null);
      await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);
    }
  }

  @Test
  void slowServerIsSlowWithItsLatencyAndNeverStale() throws Exception {
    try (Harness h = harness()) {
      KubeObjects.seedHealthy(h.start("gz-1").client(), 1);
      h.open(Fabrics.of(false, "gz-1"));
      await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);

      // Slower than the probe timeout (0.8 s here), faster than lost (4 s).
      h.cluster("gz-1").delay(Duration.ofMillis(1200));
      await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.SLOW);
      long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                assertThat(h.phase("gz-1")).isIn(ConnectionPhase.SLOW);
                return System.nanoTime() > until;
              });
      assertThat(h.zone("gz-1").connection().reason()).matches("(API answers in|no answer).*");
    }
  }

  @Test
  void oneMalformedObjectIsUnreadableAndTheRestStaysLive() throws Exception {
    try (Harness h = harness()) {
      MockCluster gz1 = h.start("gz-1");
      KubeObjects.seedHealthy(gz1.client(), 1);
      GenericKubernetesResource bad = new GenericKubernetesResource();
      bad.setApiVersion("apps/v1");
      bad.setKind("Deployment");
      bad.setMetadata(new ObjectMetaBuilder().withName("lots").withNamespace("health").build());
      bad.setAdditionalProperty("spec", Map.of("replicas", "lots"));
      gz1.client().resource(bad).create();
      h.open(Fabrics.of(false, "gz-1"));

      await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(h.zone("gz-1").connection().unreadable())
                      .containsExactly("Deployment lots (spec.replicas)"));
      assertThat(h.zone("gz-1").placements().get("app1").ready()).isEqualTo(1);
    }
  }

  @Test
  void changedKubeconfigReconnectsTheZoneToItsNewAddress() throws Exception {
    try (Harness h = harness()) {
      KubeObjects.seedHealthy(h.start("gz-1").client(), 1);
      h.open(Fabrics.of(false, "gz-1"));
      await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);

      // The "demo" restarts on another port with other objects; the kubeconfig is rewritten.
      MockCluster moved = MockCluster.start();
      try {
        KubeObjects.seedHealthy(moved.client(), 3);
        h.cluster("gz-1").stop();
        Kubeconfigs.write(dir.resolve("config"), Map.of("gz-1", moved.url()));
        await()
            .atMost(WAIT)
            .untilAsserted(
                () -> {
                  assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.LIVE);
                  assertThat(h.zone("gz-1").placements().get("app1").ready()).isEqualTo(3);
                });
      } finally {
        moved.close();
      }
    }
  }
}
