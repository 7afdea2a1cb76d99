package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.cluster.ClusterChange;
import dev.weft.testing.Fabrics;
import dev.weft.testing.KubeObjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A recording of the change stream replays to the very same snapshots.
class ReplayTest {
  @TempDir Path dir;

  record Recorded(List<ClusterChange> batch, FabricSnapshot snapshot) {}

  @Test
  void recordedLiveSessionReplaysToEqualSnapshots() throws Exception {
    List<Recorded> recording = new CopyOnWriteArrayList<>();
    try (Harness h = new Harness(dir)) {
      KubeObjects.seedHealthy(h.start("gz-1").client(), 2);
      KubeObjects.seedHealthy(h.start("sh-1").client(), 1);
      var fabric = Fabrics.of(false, "gz-1", "sh-1");
      LiveFabric live =
          h.open(
              fabric,
              (batch, snapshot) -> recording.add(new Recorded(List.copyOf(batch), snapshot)));
      // Change things only once both zones are live: the mock server's watch does not replay
      // what happened between an informer's list and its watch, as a real API server does.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> LiveFabric.settled(live.current()) && h.phase("sh-1") == ConnectionPhase.LIVE);
      h.cluster("sh-1")
          .client()
          .resource(KubeObjects.pod("app3", "app3-5d8f7-n1", "1.1.0", true))
          .create();
      h.cluster("gz-1").client().pods().inNamespace("health").withName("app1-5d8f7-p0").delete();
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(live.current().zones().get("sh-1").placements().get("app3").versions())
                    .containsKey("1.1.0");
                assertThat(live.current().zones().get("gz-1").placements().get("app1").pods())
                    .hasSize(1);
              });
      List<Recorded> copy = new ArrayList<>(recording);
      assertThat(copy).hasSizeGreaterThan(3);

      Replayer replayer = new Replayer(fabric, live.startedAt());
      for (Recorded recorded : copy) {
        assertThat(replayer.apply(recorded.batch())).isEqualTo(recorded.snapshot());
      }
    }
  }

  @Test
  void replayOfChangesIsDeterministic() {
    Changes c = new Changes();
    var fabric = Fabrics.of(true, "gz-1", "sh-1");
    List<List<ClusterChange>> batches =
        List.of(
            c.healthyZone("gz-1", 3),
            List.of(c.later(1).lost("gz-1", "timeout"), c.pod("sh-1", "app1-x-1", "2", true, 0)),
            List.of(c.later(2).live("gz-1"), c.podDeleted("gz-1", "app1-abc-0")));
    Replayer first = new Replayer(fabric, Changes.T0);
    Replayer second = new Replayer(fabric, Changes.T0);
    for (List<ClusterChange> batch : batches) {
      assertThat(second.apply(batch)).isEqualTo(first.apply(batch));
    }
  }
}
