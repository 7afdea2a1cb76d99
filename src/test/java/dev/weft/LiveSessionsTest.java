package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.demo.DemoOptions;
import dev.weft.demo.sim.Timings;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.FabricSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/// The window's Demo menu on the real embedded demo and live model: what a stakeholder clicks
/// must show on the map, through kubeconfig contexts and the Kubernetes API.
class LiveSessionsTest {
  private final LiveSessions sessions =
      new LiveSessions(DemoOptions.defaults().withTimings(Timings.fast()));

  @Test
  void demoMenuOutageAndRecoveryShowOnTheFeed() {
    try (FabricSession session = sessions.demo()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> allLive(session.feed().current()));
      assertThat(session.demo().scenarios())
          .contains("Zone outage: bj-1", "Zone recovery: bj-1", "Reset every scenario");

      session.demo().run("Zone outage: bj-1");
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> phase(session.feed().current(), "bj-1") == ConnectionPhase.STALE);
      assertThat(session.feed().current().zones().get("bj-1").health()).isEqualTo(Health.UNKNOWN);
      assertThat(phase(session.feed().current(), "gz-1")).isEqualTo(ConnectionPhase.LIVE);

      session.demo().run("Zone recovery: bj-1");
      await().atMost(Duration.ofSeconds(40)).until(() -> allLive(session.feed().current()));
    }
  }

  @Test
  void badCanaryFromTheMenuShowsTheCanaryVersion() {
    try (FabricSession session = sessions.demo()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> allLive(session.feed().current()));
      session.demo().run("Bad canary: app2@gz-1");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  session
                      .feed()
                      .current()
                      .zones()
                      .get("gz-1")
                      .placements()
                      .get("app2")
                      .versions()
                      .keySet()
                      .stream()
                      .anyMatch(v -> v.endsWith("-bad")));
    }
  }

  @Test
  void logsFollowADemoPodAndAnUnknownZoneSaysSo() throws Exception {
    try (FabricSession session = sessions.demo()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> allLive(session.feed().current()));
      FabricSnapshot snapshot = session.feed().current();
      String pod = snapshot.zones().get("gz-1").placements().get("app1").pods().getFirst().name();
      String namespace = snapshot.fabric().zone("gz-1").orElseThrow().namespace();
      List<String> lines = new CopyOnWriteArrayList<>();
      try (AutoCloseable follow = session.logs().follow("gz-1", namespace, pod, lines::add)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.size() >= 3);
      }
      assertThat(lines).noneMatch(l -> l.startsWith("log unavailable"));

      List<String> none = new CopyOnWriteArrayList<>();
      session.logs().follow("nowhere", namespace, pod, none::add);
      await().atMost(Duration.ofSeconds(10)).until(() -> !none.isEmpty());
      assertThat(none).singleElement().asString().startsWith("log unavailable: ");
    }
  }

  private static ConnectionPhase phase(FabricSnapshot snapshot, String zone) {
    return snapshot.zones().get(zone).connection().phase();
  }

  private static boolean allLive(FabricSnapshot snapshot) {
    return snapshot.zones().values().stream()
        .allMatch(
            z -> z.connection().phase() == ConnectionPhase.LIVE && z.health() == Health.HEALTHY);
  }
}
