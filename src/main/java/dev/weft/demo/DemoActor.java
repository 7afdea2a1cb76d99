package dev.weft.demo;

import dev.weft.demo.api.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Someone in the demo who is not Weft (the GitOps controller of the `drift` scenarios, a test
/// acting as a person): writes to one cluster over its HTTP API with its own bearer token, so
/// it is authenticated, authorized and audited as every client is.
///
/// Thread-safe; each call blocks until the answer (at most 30 s).
public final class DemoActor {
  /// An answer: the HTTP status and the JSON body (an empty object when there was none).
  public record Reply(int code, ObjectNode body) {
    public boolean ok() {
      return code >= 200 && code < 300;
    }
  }

  private final HttpClient http;
  private final String url;
  private final String token;

  DemoActor(HttpClient http, String url, String token) {
    this.http = http;
    this.url = url;
    this.token = token;
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply create(String path, JsonNode body) {
    return send("POST", path, "application/json", Json.string(body));
  }

  public Reply replace(String path, JsonNode body) {
    return send("PUT", path, "application/json", Json.string(body));
  }

  /// A patch; `contentType` names its kind, e.g. `application/merge-patch+json`.
  public Reply patch(String path, String contentType, String body) {
    return send("PATCH", path, contentType, body);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  /// Any request: `path` with its query, e.g. `/apis/apps/v1/namespaces/health/deployments/app1`.
  public Reply send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("User-Agent", "weft-demo-actor")
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      ObjectNode parsed;
      try {
        parsed = response.body().length == 0 ? Json.object() : Json.parse(response.body());
      } catch (RuntimeException notJson) {
        parsed = Json.object();
      }
      return new Reply(response.statusCode(), parsed);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(method + " " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + method + " " + path, e);
    }
  }
}
