package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LinkTiming;
import dev.weft.testing.Fabrics;
import dev.weft.testing.KubeObjects;
import dev.weft.testing.MockCluster;
import io.fabric8.kubernetes.api.model.Pod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The connection scenarios of the live-state issue, each against real fabric8 clients talking
/// to mock API servers through a kubeconfig, as in production.
class ZoneScenariosTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dir;
  private Harness h;

  @BeforeEach
  void setUp() {
    h = new Harness(dir);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  private void healthy(String... zones) {
    for (String z : zones) {
      KubeObjects.seedHealthy(h.start(z).client(), 2);
    }
  }

  @Test
  void zoneDownAtStartIsUnreachableAndTheOthersGoLive() throws Exception {
    healthy("gz-1");
    h.start("sh-1").stop();
    h.open(Fabrics.of(false, "gz-1", "sh-1"));

    assertThat(h.live.awaitSettled(WAIT)).isTrue();
    assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.LIVE);
    assertThat(h.zone("gz-1").health()).isEqualTo(Health.HEALTHY);
    assertThat(h.phase("sh-1")).isEqualTo(ConnectionPhase.UNREACHABLE);
    assertThat(h.zone("sh-1").connection().reason()).startsWith("connection refused 127.0.0.1:");
    assertThat(h.zone("sh-1").health()).isEqualTo(Health.UNKNOWN);
  }

  @Test
  void zoneLostMidSessionIsStaleThenBackWithoutGhosts() throws Exception {
    healthy("gz-1", "sh-1");
    h.open(Fabrics.of(false, "gz-1", "sh-1"));
    await().atMost(WAIT).until(() -> h.zone("sh-1").health() == Health.HEALTHY);

    MockCluster sh1 = h.cluster("sh-1");
    sh1.stop();
    await().atMost(Duration.ofSeconds(5)).until(() -> h.phase("sh-1") == ConnectionPhase.STALE);
    ZoneSnapshot stale = h.zone("sh-1");
    assertThat(stale.placements().get("app2").pods()).hasSize(2);
    assertThat(stale.placements().get("app2").health()).isEqualTo(Health.UNKNOWN);
    assertThat(stale.connection().reason()).isNotBlank();
    assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.LIVE);

    sh1.deleteQuietly("/api/v1/namespaces/health/pods/app2-5d8f7-p0");
    sh1.restart();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(h.phase("sh-1")).isEqualTo(ConnectionPhase.LIVE);
              assertThat(h.zone("sh-1").placements().get("app2").pods())
                  .extracting(PodSnapshot::name)
                  .containsExactly("app2-5d8f7-p1");
              assertThat(h.zone("sh-1").placements().get("app1").pods()).hasSize(2);
            });
    // New events after the reconnect flow again.
    sh1.client().resource(KubeObjects.pod("app3", "app3-5d8f7-p9", "2.0.0", true)).create();
    await()
        .atMost(WAIT)
        .until(() -> h.zone("sh-1").placements().get("app3").versions().containsKey("2.0.0"));
  }

  @Test
  void goneOnAWatchRelistsAndAppliesTheMissedDelete() throws Exception {
    MockCluster gz1 = h.start("gz-1");
    KubeObjects.seedHealthy(gz1.client(), 2);
    AtomicBoolean gone = new AtomicBoolean();
    gz1.fault(
        request -> {
          if (request.getPath().contains("/pods?")
              && request.getPath().contains("watch=true")
              && gone.compareAndSet(false, true)) {
            gz1.deleteQuietly("/api/v1/namespaces/health/pods/app1-5d8f7-p0");
            return MockCluster.status(410, "Expired", "too old resource version");
          }
          return null;
        });
    List<ConnectionPhase> phases = new CopyOnWriteArrayList<>();
    h.open(
        Fabrics.of(false, "gz-1"),
        (batch, snapshot) -> phases.add(snapshot.zones().get("gz-1").connection().phase()));

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(gone).isTrue();
              assertThat(phases).doesNotContain(ConnectionPhase.STALE);
              assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.LIVE);
              assertThat(h.zone("gz-1").placements().get("app1").pods())
                  .extracting(PodSnapshot::name)
                  .containsExactly("app1-5d8f7-p1");
            });
  }

  @Test
  void forbiddenOnPodsNamesTheVerbAndResource() throws Exception {
    healthy("gz-1", "sh-1");
    h.cluster("sh-1")
        .fault(
            request ->
                request.getPath().contains("/pods")
                    ? MockCluster.status(
                        403,
                        "Forbidden",
                        "pods is forbidden: User \"weft\" cannot list resource \"pods\" in API"
                            + " group \"\" in the namespace \"health\"")
                    : null);
    h.open(Fabrics.of(false, "gz-1", "sh-1"));

    assertThat(h.live.awaitSettled(WAIT)).isTrue();
    assertThat(h.phase("sh-1")).isEqualTo(ConnectionPhase.FORBIDDEN);
    assertThat(h.zone("sh-1").connection().reason())
        .isEqualTo("user \"weft\" cannot list pods in namespace health");
    assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.LIVE);
  }

  @Test
  void unauthorizedIsReportedWithoutTheToken() throws Exception {
    healthy("gz-1");
    h.cluster("gz-1").fault(request -> MockCluster.status(401, "Unauthorized", "Unauthorized"));
    h.open(Fabrics.of(false, "gz-1"));

    assertThat(h.live.awaitSettled(WAIT)).isTrue();
    assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.UNAUTHORIZED);
    assertThat(h.zone("gz-1").connection().reason()).contains("401").doesNotContain("secret-token");
  }

  @Test
  void slowApiStillSyncsAndDoesNotDelayTheOthers() throws Exception {
    healthy("gz-1", "sh-1");
    h.cluster("sh-1").delay(Duration.ofMillis(300));
    h.open(Fabrics.of(false, "gz-1", "sh-1"));

    await().atMost(Duration.ofSeconds(5)).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);
    await().atMost(WAIT).until(() -> h.phase("sh-1") == ConnectionPhase.LIVE);
    assertThat(h.zone("sh-1").connection().apiLatency())
        .hasValueSatisfying(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(300)));
    assertThat(h.zone("sh-1").health()).isEqualTo(Health.HEALTHY);
  }

  @Test
  void hungServerIsSlowWithinFiveSecondsThenStaleAtDefaultTimings() throws Exception {
    healthy("gz-1");
    var defaults = LiveFabric.Options.defaults();
    h.open(Fabrics.of(false, "gz-1"), h.kubeconfig(), defaults);
    await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);

    // The open watch stays connected but silent and every new request hangs: half-open. Within
    // 5 s the zone no longer claims LIVE; a slow server is not lost, so STALE comes when the
    // probe has had no answer for lostAfter (10 s).
    h.cluster("gz-1").delay(Duration.ofSeconds(30));
    await().atMost(Duration.ofSeconds(5)).until(() -> h.phase("gz-1") == ConnectionPhase.SLOW);
    assertThat(h.zone("gz-1").connection().reason()).startsWith("no answer to a probe for 2.0 s");
    await().atMost(Duration.ofSeconds(15)).until(() -> h.phase("gz-1") == ConnectionPhase.STALE);
    assertThat(h.zone("gz-1").connection().reason()).startsWith("timeout");
  }

  @Test
  void malformedKubeconfigIsMisconfiguredAndLeaksNothing() throws Exception {
    Path config = dir.resolve("broken");
    Files.writeString(config, "users:\n- name: x\n  user: {token: secret-token-x\n  [[[");
    h.open(Fabrics.of(false, "gz-1"), KubeconfigSource.of(config), TestOptions.fast());

    assertThat(h.live.awaitSettled(WAIT)).isTrue();
    assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.MISCONFIGURED);
    assertThat(h.zone("gz-1").connection().reason())
        .contains("cannot be read")
        .doesNotContain("secret-token");
  }

  @Test
  void unusableServerAddressIsMisconfigured() throws Exception {
    Path config = dir.resolve("odd");
    Files.writeString(
        config,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: c
          cluster: {server: "http://bad host:6443"}
        users:
        - name: u
          user: {token: secret-token-u}
        contexts:
        - name: gz-1
          context: {cluster: c, user: u}
        """);
    h.open(Fabrics.of(false, "gz-1"), KubeconfigSource.of(config), TestOptions.fast());

    assertThat(h.live.awaitSettled(WAIT)).isTrue();
    assertThat(h.phase("gz-1")).isIn(ConnectionPhase.MISCONFIGURED, ConnectionPhase.UNREACHABLE);
    assertThat(h.zone("gz-1").connection().reason()).doesNotContain("secret-token");
  }

  @Test
  void missingContextFailsClosedInsteadOfUsingTheCurrentContext() throws Exception {
    healthy("gz-1");
    KubeconfigSource kubeconfig = h.kubeconfig(); // current-context: gz-1
    var fabric = Fabrics.of(false, "gz-1", "sh-1");
    h.open(fabric, kubeconfig, TestOptions.fast());

    assertThat(h.live.awaitSettled(WAIT)).isTrue();
    assertThat(h.phase("sh-1")).isEqualTo(ConnectionPhase.MISCONFIGURED);
    assertThat(h.zone("sh-1").connection().reason())
        .isEqualTo("context 'sh-1' not found in kubeconfig " + kubeconfig);
    assertThat(h.zone("sh-1").placements().get("app1").pods()).isEmpty();
    assertThat(h.phase("gz-1")).isEqualTo(ConnectionPhase.LIVE);
  }

  @Test
  void twoHealthyZonesStayLiveWhileTheThirdFlaps() throws Exception {
    healthy("gz-1", "sh-1", "bj-1");
    List<ClusterChange> links = new CopyOnWriteArrayList<>();
    h.open(Fabrics.of(false, "gz-1", "sh-1", "bj-1"));
    await().atMost(WAIT).until(() -> h.phase("bj-1") == ConnectionPhase.LIVE);
    await().atMost(WAIT).until(() -> h.phase("gz-1") == ConnectionPhase.LIVE);
    h.live.record(
        (batch, snapshot) ->
            batch.stream().filter(c -> c instanceof ClusterChange.LinkChanged).forEach(links::add));

    MockCluster bj1 = h.cluster("bj-1");
    for (int round = 0; round < 3; round++) {
      bj1.stop();
      await().atMost(WAIT).until(() -> h.phase("bj-1") == ConnectionPhase.STALE);
      Pod pod = KubeObjects.pod("app1", "app1-5d8f7-r" + round, "1.1.0", true);
      h.cluster("gz-1").client().resource(pod).create();
      await()
          .atMost(Duration.ofSeconds(3))
          .until(() -> h.zone("gz-1").placements().get("app1").versions().containsKey("1.1.0"));
      bj1.restart();
      await().atMost(WAIT).until(() -> h.phase("bj-1") == ConnectionPhase.LIVE);
    }
    assertThat(h.zone("gz-1").placements().get("app1").versions()).containsEntry("1.1.0", 3);
    assertThat(links)
        .filteredOn(c -> !c.source().equals("bj-1"))
        .allMatch(c -> ((ClusterChange.LinkChanged) c).phase() == dev.weft.cluster.LinkPhase.LIVE);
    assertThat(h.phase("sh-1")).isEqualTo(ConnectionPhase.LIVE);
  }

  static LiveFabric.Options withTiming(LinkTiming timing) {
    return new LiveFabric.Options(timing, Clock.systemUTC(), Duration.ofSeconds(30));
  }
}
