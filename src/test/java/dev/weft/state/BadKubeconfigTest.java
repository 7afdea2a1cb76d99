package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.testing.BadKubeconfigs;
import dev.weft.testing.Fabrics;
import dev.weft.testing.LogCapture;
import dev.weft.testing.PlainHttpListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/// Broken and hostile kubeconfigs: every zone leaves CONNECTING with the reason, none connects
/// anonymously or over plain HTTP, and no planted secret reaches a log.
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the plugins are shell scripts")
@Timeout(90)
class BadKubeconfigTest {
  @TempDir Path dir;
  private final PlainHttpListener plain = new PlainHttpListener();
  private LiveFabric live;

  @AfterEach
  void stop() {
    if (live != null) {
      live.close();
    }
    plain.close();
  }

  @Test
  void everyBadContextIsShownWithItsReasonAndNothingLeaks() throws Exception {
    var contexts = BadKubeconfigs.contexts(dir, "127.0.0.1:" + plain.port());
    Path kubeconfig = BadKubeconfigs.write(dir.resolve("config"), contexts);
    String[] zones = contexts.keySet().toArray(String[]::new);
    try (LogCapture logs = new LogCapture()) {
      live =
          LiveFabric.open(
              Fabrics.of(false, zones), KubeconfigSource.of(kubeconfig), TestOptions.fast());
      // Each zone leaves CONNECTING within its connect timeout (credentials + first probe),
      // whatever its kubeconfig holds.
      boolean settled = live.awaitSettled(Duration.ofSeconds(45));
      assertThat(settled).as(() -> phases(live.current())).isTrue();
      Map<String, ZoneSnapshot> z = live.current().zones();

      // A cold JVM on a loaded machine may take longer than the probe to set TLS up: the
      // retries then fail at once, with the TLS reason.
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  expect(
                      live.current().zones(),
                      "schemeless",
                      ConnectionPhase.UNREACHABLE,
                      "TLS handshake with 127.0.0.1:"));
      expect(z, "no-user", ConnectionPhase.MISCONFIGURED, "names user 'u-no-user', which no");
      expect(z, "no-cluster", ConnectionPhase.MISCONFIGURED, "names cluster 'c-no-cluster'");
      expect(z, "token-file-missing", ConnectionPhase.MISCONFIGURED, "is missing");
      expect(z, "token-file-dir", ConnectionPhase.MISCONFIGURED, "not a regular file");
      expect(
          z,
          "exec-fails",
          ConnectionPhase.MISCONFIGURED,
          "exec plugin " + dir.resolve("failing-plugin") + " exited 3");
      expect(
          z,
          "exec-missing",
          ConnectionPhase.MISCONFIGURED,
          "exec plugin weft-no-such-plugin not found on PATH");
      expect(z, "port-65536", ConnectionPhase.MISCONFIGURED, "has port 65536, outside 1–65535");
      expect(z, "port-99999", ConnectionPhase.MISCONFIGURED, "has port 99999, outside 1–65535");
      expect(
          z,
          "password-in-url",
          ConnectionPhase.MISCONFIGURED,
          "server address https://…@127.0.0.1:99999 of context");
      assertThat(z.get("bad-key").connection().phase()).isNotEqualTo(ConnectionPhase.LIVE);

      // Let the failing zones retry a while: still nothing in clear text, nothing leaked.
      await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
      assertThat(plain.received()).isNotEmpty().noneMatch(r -> r.contains("Authorization"));
      StringBuilder everything = new StringBuilder(logs.text());
      z.values().forEach(s -> everything.append('\n').append(s.connection().reason()));
      assertThat(everything.toString()).doesNotContain(BadKubeconfigs.secrets());
    }
  }

  static String phases(FabricSnapshot s) {
    StringBuilder out = new StringBuilder();
    s.zones()
        .forEach(
            (name, z) ->
                out.append(name)
                    .append(' ')
                    .append(z.connection().phase())
                    .append(' ')
                    .append(z.connection().reason())
                    .append('\n'));
    return out.toString();
  }

  private static void expect(
      Map<String, ZoneSnapshot> zones, String zone, ConnectionPhase phase, String reason) {
    var c = zones.get(zone).connection();
    assertThat(c.phase()).as(zone + ": " + c.reason()).isEqualTo(phase);
    assertThat(c.reason()).as(zone).contains(reason);
  }
}
