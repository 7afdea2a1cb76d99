package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// List and watch query parameters against the demo as kube-apiserver answers them: booleans,
/// `limit`/`continue` pages, bookmarks, `sendInitialEvents`, `timeoutSeconds`, on both watch
/// transports (fabric8 over WebSocket, plain chunked HTTP as kubectl watches).
class DemoQueriesTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static KubernetesClient client;
  static HttpClient http;

  @BeforeAll
  static void start() {
    demo = DemoClients.fastDemo(dir, 1, 2);
    client = DemoClients.zoneClient(demo, "gz-1");
    http = HttpClient.newBuilder().sslContext(demo.trustingSslContext()).build();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> demo.appNames().stream().allMatch(a -> DemoClients.settled(client, a)));
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void everyValueButFalseOrZeroStartsAWatchAsKubeApiserverReadsBooleans() {
    // apimachinery reads query booleans this way (Convert_Slice_string_To_bool), not as Go's
    // strconv.ParseBool: even "maybe" starts a watch on a real API server.
    List<CompletableFuture<HttpResponse<String>>> watches =
        List.of("true", "True", "TRUE", "1", "t", "maybe").stream()
            .map(
                value ->
                    http.sendAsync(
                        request("/api/v1/namespaces/health/pods?timeoutSeconds=1&watch=" + value),
                        HttpResponse.BodyHandlers.ofString()))
            .toList();
    for (var watch : watches) {
      HttpResponse<String> response = watch.join();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).startsWith("{\"type\":\"ADDED\"").doesNotContain("PodList");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "False", "0"})
  void falseOrZeroGivesAPlainList(String value) throws Exception {
    var response = get("/api/v1/namespaces/health/pods?watch=" + value);
    assertThat(response.body()).contains("\"kind\":\"PodList\"");
  }

  @Test
  void pagesOfTwoGiveContinueTokensAndEveryItemOnce() {
    List<String> all = names(client.pods().inNamespace("health").list());
    assertThat(all).hasSizeGreaterThan(4);
    List<String> paged = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      PodList page =
          client
              .pods()
              .inNamespace("health")
              .list(new ListOptionsBuilder().withLimit(2L).withContinue(token).build());
      assertThat(page.getItems()).hasSizeLessThanOrEqualTo(2);
      token = page.getMetadata().getContinue();
      if (token != null) {
        assertThat(page.getMetadata().getRemainingItemCount())
            .isEqualTo((long) all.size() - paged.size() - page.getItems().size());
      }
      paged.addAll(names(page));
      pages++;
    } while (token != null && !token.isEmpty() && pages < 100);
    assertThat(paged).containsExactlyInAnyOrderElementsOf(all).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo((all.size() + 1) / 2);
  }

  @Test
  void aContinueTokenOlderThanTheHistoryIsExpired() {
    PodList first =
        client.pods().inNamespace("health").list(new ListOptionsBuilder().withLimit(1L).build());
    client.configMaps().inNamespace("health").resource(configMap("after-expiry")).create();
    demo.store("gz-1").forgetHistory();
    assertThatThrownBy(
            () ->
                client
                    .pods()
                    .inNamespace("health")
                    .list(
                        new ListOptionsBuilder()
                            .withLimit(1L)
                            .withContinue(first.getMetadata().getContinue())
                            .build()))
        .isInstanceOfSatisfying(
            KubernetesClientException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(410);
              assertThat(e.getStatus().getMessage())
                  .startsWith("The provided continue parameter is too old");
              assertThat(e.getStatus().getMetadata().getContinue()).isNotEmpty();
            });
  }

  @Test
  void badOptionCombinationsAreInvalidAsKubeApiserverSaysSo() throws Exception {
    var list = get("/api/v1/namespaces/health/pods?resourceVersionMatch=Exact");
    assertThat(list.statusCode()).isEqualTo(422);
    assertThat(list.body())
        .contains(
            "ListOptions.meta.k8s.io \\\"\\\" is invalid: resourceVersionMatch: Forbidden:"
                + " resourceVersionMatch is forbidden unless resourceVersion is provided");
    var watch = get("/api/v1/namespaces/health/pods?watch=true&sendInitialEvents=true");
    assertThat(watch.statusCode()).isEqualTo(422);
    assertThat(watch.body())
        .contains("sendInitialEvents requires setting resourceVersionMatch to NotOlderThan");
  }

  @Test
  void bookmarksArriveWhenAllowed() {
    List<Watcher.Action> actions = new CopyOnWriteArrayList<>();
    try (Watch watch =
        client
            .configMaps()
            .inNamespace("health")
            .watch(
                new ListOptionsBuilder()
                    .withAllowWatchBookmarks(true)
                    .withTimeoutSeconds(1L)
                    .build(),
                recorder(actions))) {
      await().atMost(Duration.ofSeconds(10)).until(() -> actions.contains(Watcher.Action.BOOKMARK));
    }
  }

  @Test
  void streamingListGivesTheCurrentStateThenTheEndBookmark() throws Exception {
    List<Pod> streamed = new CopyOnWriteArrayList<>();
    String version =
        client.pods().inNamespace("health").streamingList(streamed::add).get(10, TimeUnit.SECONDS);
    assertThat(Long.parseLong(version)).isPositive();
    assertThat(names(streamed))
        .containsExactlyInAnyOrderElementsOf(names(client.pods().inNamespace("health").list()));
  }

  @Test
  void sendInitialEventsOverHttpEndsTheInitialEventsWithAnAnnotatedBookmark() throws Exception {
    var response =
        get(
            "/api/v1/namespaces/health/pods?watch=1&sendInitialEvents=true"
                + "&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=1");
    List<String> lines = response.body().lines().toList();
    int end = indexOf(lines, "k8s.io/initial-events-end");
    assertThat(end).isPositive();
    assertThat(lines.subList(0, end)).allMatch(l -> l.startsWith("{\"type\":\"ADDED\""));
    assertThat(lines.get(end)).startsWith("{\"type\":\"BOOKMARK\"");
  }

  @Test
  void timeoutSecondsEndsAnHttpWatch() throws Exception {
    var response =
        http.sendAsync(
            request("/api/v1/namespaces/health/configmaps?watch=true&timeoutSeconds=1"),
            HttpResponse.BodyHandlers.ofString());
    // The stream ends by itself: the whole body arrives.
    assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  @Test
  void timeoutSecondsEndsAWebSocketWatch() throws Exception {
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    String url =
        demo.apiUrl("gz-1").replaceFirst("^http", "ws")
            + "/api/v1/namespaces/health/configmaps?watch=true&timeoutSeconds=1";
    WebSocket socket =
        http.newWebSocketBuilder()
            .header("Authorization", "Bearer " + demo.bearerToken("gz-1", "admin"))
            .subprotocols("v4.channel.k8s.io")
            .buildAsync(
                URI.create(url),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                    closed.complete(status);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
    socket.abort();
  }

  private static Watcher<io.fabric8.kubernetes.api.model.ConfigMap> recorder(
      List<Watcher.Action> actions) {
    return new Watcher<>() {
      @Override
      public void eventReceived(Action action, io.fabric8.kubernetes.api.model.ConfigMap o) {
        actions.add(action);
      }

      @Override
      public void onClose(WatcherException cause) {}
    };
  }

  private static io.fabric8.kubernetes.api.model.ConfigMap configMap(String name) {
    return new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .addToData("k", "v")
        .build();
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> names(PodList list) {
    return names(list.getItems());
  }

  private static List<String> names(List<Pod> pods) {
    return pods.stream().map(p -> p.getMetadata().getName()).toList();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(demo.apiUrl("gz-1") + path))
            .timeout(Duration.ofSeconds(20));
    return request.header("Authorization", "Bearer " + demo.bearerToken("gz-1", "admin")).build();
  }
}
