package dev.weft.demo;

import static dev.weft.demo.DemoClients.pods;
import static dev.weft.demo.DemoClients.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.demo.api.ApiFaults.ErrorKind;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Each scenario observably does what it says, through the Kubernetes API, and ends cleanly.
class ScenariosTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static KubernetesClient gz;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 2, 2);
    gz = DemoClients.zoneClient(demo, "gz-1");
  }

  @AfterEach
  void reset() {
    demo.scenarios().reset();
    await().until(() -> demo.appNames().stream().allMatch(app -> settled(gz, app)));
  }

  @AfterAll
  static void stop() {
    gz.close();
    demo.close();
  }

  @Test
  void zoneOutageStopsAnsweringAndRestoreComesBackOnTheSamePort() {
    String url = demo.apiUrl("gz-1");
    demo.scenarios().zoneOutage("gz-1");
    assertThatThrownBy(() -> pods(gz, "app1")).isInstanceOf(KubernetesClientException.class);
    demo.scenarios().restore("gz-1");
    assertThat(demo.apiUrl("gz-1")).isEqualTo(url);
    assertThat(pods(gz, "app1")).hasSize(2);
  }

  @Test
  void brownOutMakesPodsNotReadyWhileTheApiAnswers() {
    demo.scenarios().brownOut("gz-1", true);
    await().until(() -> pods(gz, "app2").stream().noneMatch(DemoClients::ready));
    assertThat(
            gz.apps()
                .deployments()
                .inNamespace("health")
                .withName("app2")
                .get()
                .getStatus()
                .getReadyReplicas())
        .isIn(null, 0);
    demo.scenarios().brownOut("gz-1", false);
    await().until(() -> pods(gz, "app2").stream().allMatch(DemoClients::ready));
  }

  @Test
  void slowApiAddsLatency() {
    demo.scenarios().slowApi("gz-1", Duration.ofMillis(400));
    long start = System.nanoTime();
    pods(gz, "app1");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    demo.scenarios().slowApi("gz-1", Duration.ZERO);
  }

  @Test
  void apiErrorsAnswer500And429WithRetryAfterAnd403OnOneResource() throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(demo.trustingSslContext()).build();
    URI pods = URI.create(demo.apiUrl("gz-1") + "/api/v1/namespaces/health/pods");
    URI deployments =
        URI.create(demo.apiUrl("gz-1") + "/apis/apps/v1/namespaces/health/deployments");
    demo.scenarios().apiErrors("gz-1", ErrorKind.SERVER_ERROR);
    assertThat(get(http, pods).statusCode()).isEqualTo(500);
    demo.scenarios().apiErrors("gz-1", ErrorKind.TOO_MANY_REQUESTS);
    HttpResponse<String> throttled = get(http, pods);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).contains("1");
    demo.scenarios().apiErrors("gz-1", ErrorKind.FORBIDDEN);
    HttpResponse<String> forbidden = get(http, pods);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body())
        .contains(
            "\"reason\":\"Forbidden\"",
            "pods is forbidden: User \\\"admin\\\" cannot list resource \\\"pods\\\" in API group"
                + " \\\"\\\" in the namespace \\\"health\\\"");
    assertThat(get(http, deployments).statusCode()).isEqualTo(200);
    demo.scenarios().apiErrors("gz-1", null, null);
    assertThat(get(http, pods).statusCode()).isEqualTo(200);
  }

  @Test
  void expireWatchesEndsWatchesWith410Gone() {
    CompletableFuture<WatcherException> closed = new CompletableFuture<>();
    try (var watch =
        gz.pods()
            .inNamespace("health")
            .watch(
                new Watcher<Pod>() {
                  @Override
                  public void eventReceived(Action action, Pod pod) {}

                  @Override
                  public void onClose(WatcherException cause) {
                    closed.complete(cause);
                  }
                })) {
      // The server registers a watch when its WebSocket opens, which may be just after watch()
      // returns; expiring again until the watcher sees it keeps the test free of that race.
      await()
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                demo.scenarios().expireWatches("gz-1");
                return closed.isDone();
              });
      assertThat(closed.join().isHttpGone()).isTrue();
    }
  }

  @Test
  void churnReplacesPodsAtTheAskedRateAndThenStops() {
    long before = demo.store("sh-1").eventCount();
    try (KubernetesClient sh = DemoClients.zoneClient(demo, "sh-1")) {
      var names = pods(sh, "app1").stream().map(p -> p.getMetadata().getName()).toList();
      demo.scenarios().churn("sh-1", 200, Duration.ofSeconds(1));
      await().until(() -> demo.store("sh-1").eventCount() - before >= 100);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> demo.appNames().stream().allMatch(app -> settled(sh, app)));
      long afterSettle = demo.store("sh-1").eventCount();
      assertThat(pods(sh, "app1").stream().map(p -> p.getMetadata().getName())).isNotEqualTo(names);
      await()
          .during(Duration.ofMillis(500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> demo.appNames().stream().allMatch(app -> settled(sh, app)));
      assertThat(afterSettle).isGreaterThan(before);
    }
  }

  @Test
  void scenarioCommandsDriveTheSameScenarios() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    assertThat(ScenarioCommands.run("outage gz-1", demo.scenarios(), out)).isTrue();
    assertThatThrownBy(() -> pods(gz, "app1")).isInstanceOf(KubernetesClientException.class);
    assertThat(ScenarioCommands.run("restore gz-1", demo.scenarios(), out)).isTrue();
    assertThat(pods(gz, "app1")).hasSize(2);
    assertThat(ScenarioCommands.run("churn all 40/s 1s", demo.scenarios(), out)).isTrue();
    assertThat(ScenarioCommands.run("slow gz-1 10ms", demo.scenarios(), out)).isTrue();
    assertThat(ScenarioCommands.run("errors gz-1 429", demo.scenarios(), out)).isTrue();
    assertThat(ScenarioCommands.run("frobnicate", demo.scenarios(), out)).isFalse();
    assertThat(ScenarioCommands.run("outage nowhere-9", demo.scenarios(), out)).isFalse();
    assertThat(ScenarioCommands.run("brownout sh-1 maybe", demo.scenarios(), out)).isFalse();
    // The help says ZONE may be the gateway: its outage stops the gateway cluster's API.
    assertThat(ScenarioCommands.run("outage gateway", demo.scenarios(), out)).isTrue();
    URI gateway = URI.create(demo.gatewayUrl());
    assertThatThrownBy(() -> new java.net.Socket(gateway.getHost(), gateway.getPort()).close())
        .isInstanceOf(java.io.IOException.class);
    assertThat(ScenarioCommands.run("restore gateway", demo.scenarios(), out)).isTrue();
    assertThat(text.toString())
        .contains(
            "ok: outage gz-1",
            "unknown command",
            "no demo zone 'nowhere-9'",
            "takes on or off; got 'maybe'",
            "ok: outage gateway");
  }

  private HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    String token = demo.bearerToken("gz-1", "admin");
    return http.send(
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
