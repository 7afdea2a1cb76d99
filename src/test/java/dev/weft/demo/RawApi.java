package dev.weft.demo;

import dev.weft.demo.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/// Plain HTTPS against a demo API server as its admin, for what fabric8 would not send as asked
/// (wrong types, odd query parameters) and to read Status bodies whole.
final class RawApi {
  record Answer(int code, JsonNode body) {
    String message() {
      return body.path("message").asString("");
    }
  }

  private final HttpClient http;
  private final String base;
  private final String token;

  /// Speaks to `cluster` (a zone or `gateway`) of `demo` with the admin's token.
  RawApi(RunningDemo demo, String cluster) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .sslContext(demo.trustingSslContext())
            .build();
    this.base = cluster.equals("gateway") ? demo.gatewayUrl() : demo.apiUrl(cluster);
    this.token = demo.bearerToken(cluster, "admin");
  }

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  Answer send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), Json.MAPPER.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
