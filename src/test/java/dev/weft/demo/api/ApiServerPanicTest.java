package dev.weft.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.http.MockResponse;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/// A fault inside the demo's API server answers as kube-apiserver's panic recovery does, with a
/// 500. fabric8's request handler answers nothing when its dispatcher throws: a demo whose jar
/// was replaced under it left `kubectl get pods` waiting forever.
class ApiServerPanicTest {
  @Test
  void aRequestTheServerFailsOnGetsA500NotSilence() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (ApiServer server = new ApiServer(vertx, new ObjectStore())) {
      server.gate(
          new ApiGate() {
            @Override
            public MockResponse serve(ApiCall call, Supplier<MockResponse> next) {
              throw new NoClassDefFoundError("dev/weft/demo/api/Tables");
            }

            @Override
            public MockResponse refuse(ApiCall call) {
              return null;
            }
          });
      server.start();
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/namespaces"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(500);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
      assertThat(answer.body())
          .isEqualTo("This request caused apiserver to panic. Look in the logs for details.\n");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
  }
}
