package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LinkTiming;
import dev.weft.testing.BadKubeconfigs;
import dev.weft.testing.Fabrics;
import dev.weft.testing.KubeObjects;
import dev.weft.testing.MockCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/// Exec credential plugins that hang: each zone's credentials resolve on a thread of its own, so
/// two hanging plugins freeze neither the other zones nor the gateway; the plugin is ended when
/// Weft gives up on it (the timeout names plugin and PATH) or closes.
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the plugins are shell scripts")
@Timeout(90)
class HangingPluginTest {
  @TempDir Path dir;
  private MockCluster good;
  private MockCluster edge;
  private LiveFabric live;

  @AfterEach
  void stop() {
    if (live != null) {
      live.close();
    }
    good.close();
    edge.close();
  }

  private Path kubeconfig() {
    Map<String, String[]> contexts = new LinkedHashMap<>();
    contexts.put("good", new String[] {"server: " + good.url(), "token: t"});
    contexts.put("edge", new String[] {"server: " + edge.url(), "token: t"});
    for (String z : new String[] {"hang-a", "hang-b"}) {
      Path plugin =
          BadKubeconfigs.script(
              dir, z, "echo $$ > " + dir.resolve(z + ".pid") + "; exec sleep 600");
      contexts.put(
          z,
          new String[] {
            "server: " + good.url(),
            "exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: " + plugin
          });
    }
    return BadKubeconfigs.write(dir.resolve("config"), contexts);
  }

  private ProcessHandle plugin(String zone) throws Exception {
    Path pid = dir.resolve(zone + ".pid");
    await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(pid) && Files.size(pid) > 0);
    return ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();
  }

  @Test
  void twoHangingPluginsFreezeNeitherTheOtherZoneNorTheGatewayAndEndOnClose() throws Exception {
    good = MockCluster.start();
    edge = MockCluster.start();
    KubeObjects.seedHealthy(good.client(), 1);
    // Plugins may take 10 s here (a third of the 30 s request timeout).
    var timing =
        new LinkTiming(
            Duration.ofMillis(200),
            Duration.ofMillis(600),
            Duration.ofMillis(800),
            Duration.ofMillis(200),
            Duration.ofSeconds(2),
            Duration.ofSeconds(30));
    live =
        LiveFabric.open(
            Fabrics.of(true, "good", "hang-a", "hang-b"),
            KubeconfigSource.of(kubeconfig()),
            new LiveFabric.Options(timing, Clock.systemUTC(), Duration.ofSeconds(30)));
    ProcessHandle a = plugin("hang-a");
    ProcessHandle b = plugin("hang-b");

    await().atMost(Duration.ofSeconds(30)).until(() -> phase("good") == ConnectionPhase.LIVE);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> live.current().gateway().connection().phase() == ConnectionPhase.LIVE);
    assertThat(a.isAlive() && b.isAlive()).as("both plugins still hang").isTrue();
    assertThat(phase("hang-a")).isEqualTo(ConnectionPhase.CONNECTING);

    live.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> !a.isAlive() && !b.isAlive());
  }

  @Test
  void aPluginThatOutlivesItsTimeoutIsEndedAndNamed() throws Exception {
    good = MockCluster.start();
    edge = MockCluster.start();
    live =
        LiveFabric.open(
            Fabrics.of(false, "hang-a"), KubeconfigSource.of(kubeconfig()), TestOptions.fast());
    ProcessHandle a = plugin("hang-a");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> phase("hang-a") == ConnectionPhase.MISCONFIGURED);
    assertThat(live.current().zones().get("hang-a").connection().reason())
        .contains("exec plugin " + dir.resolve("hang-a") + " gave no credentials within")
        .contains("(PATH ");
    await().atMost(Duration.ofSeconds(10)).until(() -> !a.isAlive());
  }

  private ConnectionPhase phase(String zone) {
    return live.current().zones().get(zone).connection().phase();
  }
}
