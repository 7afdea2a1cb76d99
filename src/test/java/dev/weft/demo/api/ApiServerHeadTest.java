package dev.weft.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/// `curl -I` against the demo hung: fabric8's handler never answered a HEAD. kube-apiserver
/// answers one at once: 405 on its API routes, 200 on its health endpoints.
class ApiServerHeadTest {
  @Test
  void aHeadRequestIsAnsweredAtOnce() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (ApiServer server = new ApiServer(vertx, new ObjectStore())) {
      server.start();
      HttpClient http = HttpClient.newHttpClient();
      assertThat(head(http, server.url() + "/api/v1/namespaces/health/configmaps")).isEqualTo(405);
      assertThat(head(http, server.url() + "/version")).isEqualTo(405);
      assertThat(head(http, server.url() + "/readyz")).isEqualTo(200);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
  }

  private static int head(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
