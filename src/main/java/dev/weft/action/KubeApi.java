package dev.weft.action;

import dev.weft.cluster.ContextResolver;
import dev.weft.cluster.KubeClients;
import dev.weft.cluster.LeanHttp;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.node.ObjectNode;

/// Raw JSON requests to one cluster through a fabric8 client made from a kubeconfig context: the
/// objects go out and come back as JSON trees, so fields Weft does not know pass through byte
/// for byte (a typed model would drop or default them). Thread-safe; every call blocks up to
/// the request timeout, so never call it on the FX thread.
final class KubeApi implements AutoCloseable {
  final String cluster;
  private final String configUser;
  private volatile String identity;
  final String server;
  private final Transport transport;
  private final Duration timeout;

  /// How a request reaches the server: fabric8's client, or the JDK's ([LeanHttp]).
  private interface Transport {
    /// The status code and body of `method path`; throws as a future's `get` does.
    Reply send(String method, String path, String body, long waitMillis)
        throws TimeoutException, InterruptedException, ExecutionException;
  }

  private record Reply(int code, byte[] body) {
    boolean isSuccessful() {
      return code >= 200 && code < 300;
    }
  }

  private KubeApi(
      String cluster, String user, String server, Transport transport, Duration timeout) {
    this.cluster = cluster;
    this.configUser = user;
    this.server = server;
    this.transport = transport;
    this.timeout = timeout;
  }

  private static KubeApi fabric8(
      String cluster, String user, KubernetesClient client, Duration timeout) {
    HttpClient http = client.getHttpClient();
    String url = client.getMasterUrl().toString();
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    URI uri = URI.create(base);
    Transport transport =
        (method, path, body, wait) -> {
          HttpRequest.Builder request =
              http.newHttpRequestBuilder()
                  .uri(base + path)
                  .header("Accept", "application/json")
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
          if (body == null) {
            request.method(method, null, null);
          } else {
            request.method(method, "application/json", body);
          }
          HttpResponse<byte[]> response =
              http.sendAsync(request.build(), byte[].class).get(wait, TimeUnit.MILLISECONDS);
          return new Reply(response.code(), response.body());
        };
    return new KubeApi(cluster, user, uri.getHost() + ":" + uri.getPort(), transport, timeout);
  }

  /// The API of `context` through the JDK's HTTP client, for reading only (`weft status`'s
  /// failovers in force): the user entry's name stands for the user, as no write records it.
  static KubeApi lean(String cluster, String context, LeanHttp http, Duration timeout) {
    Transport transport =
        (method, path, body, wait) -> {
          LeanHttp.Answer answer =
              http.send(method, path, body, timeout).get(wait, TimeUnit.MILLISECONDS);
          return new Reply(answer.code(), answer.body());
        };
    return new KubeApi(cluster, context, http.server(), transport, timeout);
  }

  /// The API of `context` through `clients` (the one client factory: credentials, exec plugins
  /// and TLS resolved as everywhere in Weft); a context that cannot be used is an
  /// [ApiException] with code 0 and the reason.
  static KubeApi open(String cluster, KubeClients clients, String context, Duration timeout)
      throws ApiException {
    KubeClients.Opened opened;
    try {
      opened = clients.open(context);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(0, "Interrupted", "interrupted while opening " + context, false, null);
    }
    return switch (opened) {
      case KubeClients.Opened.Misconfigured m ->
          throw new ApiException(0, "Misconfigured", m.reason(), false, null);
      case KubeClients.Opened.Client c ->
          fabric8(cluster, user(clients, context), c.client(), timeout);
    };
  }

  /// The kubeconfig user the context names (what `weft.dev/by` records), else the context.
  private static String user(KubeClients clients, String context) {
    if (ContextResolver.resolve(clients.kubeconfig(), context)
        instanceof ContextResolver.Result.Resolved r) {
      Config config = r.config();
      if (config.getCurrentContext() != null
          && config.getCurrentContext().getContext() != null
          && config.getCurrentContext().getContext().getUser() != null) {
        return config.getCurrentContext().getContext().getUser();
      }
    }
    return context;
  }

  /// Who this cluster says the kubeconfig's credentials are (`kubectl auth whoami`, by a
  /// SelfSubjectReview, asked once): what `weft.dev/by`, the journal and permission reasons
  /// name. A cluster without that API (before Kubernetes 1.28) or that does not answer leaves
  /// the kubeconfig's user entry name, which is only a local label, asked again next time.
  String user() {
    String known = identity;
    if (known != null) {
      return known;
    }
    ObjectNode review =
        Jsons.object()
            .put("apiVersion", "authentication.k8s.io/v1")
            .put("kind", "SelfSubjectReview");
    try {
      String name =
          Jsons.string(post(Paths.SELF_REVIEWS, review, false), "status", "userInfo", "username");
      if (!name.isEmpty()) {
        identity = name;
        return name;
      }
    } catch (ApiException e) {
      // Not served or not answered: the kubeconfig's name for the user still says something.
    }
    return configUser;
  }

  ObjectNode get(String path) throws ApiException {
    return send("GET", path, null, false);
  }

  ObjectNode put(String path, ObjectNode body, boolean dryRun) throws ApiException {
    return send("PUT", path, body, dryRun);
  }

  ObjectNode post(String path, ObjectNode body, boolean dryRun) throws ApiException {
    return send("POST", path, body, dryRun);
  }

  ObjectNode delete(String path) throws ApiException {
    return send("DELETE", path, null, false);
  }

  ObjectNode delete(String path, boolean dryRun) throws ApiException {
    return send("DELETE", path, null, dryRun);
  }

  private ObjectNode send(String method, String path, ObjectNode body, boolean dryRun)
      throws ApiException {
    String uri = path + (dryRun ? (path.contains("?") ? "&" : "?") + "dryRun=All" : "");
    Reply response;
    try {
      response =
          transport.send(
              method, uri, body == null ? null : Jsons.text(body), timeout.toMillis() + 500);
    } catch (TimeoutException e) {
      throw timedOut(method, path);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(0, "Interrupted", "interrupted: " + method + " " + path, true, null);
    } catch (ExecutionException e) {
      boolean timeoutCause = false;
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        timeoutCause |=
            t instanceof TimeoutException
                || t instanceof java.net.http.HttpTimeoutException
                || t instanceof java.io.InterruptedIOException;
      }
      if (timeoutCause) {
        throw timedOut(method, path);
      }
      String kind = e.getCause() == null ? "error" : e.getCause().getClass().getSimpleName();
      throw new ApiException(
          0, "Unreachable", "cannot reach " + server + " (" + kind + ")", false, null);
    }
    byte[] bytes = response.body() == null ? new byte[0] : response.body();
    ObjectNode json = null;
    try {
      json = bytes.length == 0 ? Jsons.object() : Jsons.parse(bytes);
    } catch (RuntimeException e) {
      if (response.isSuccessful()) {
        throw new ApiException(
            response.code(),
            "BadResponse",
            "not JSON from " + server + ": " + method + " " + path,
            false,
            null);
      }
    }
    if (response.isSuccessful()) {
      return json;
    }
    String reason = json == null ? "" : Jsons.string(json, "reason");
    String message = json == null ? "" : Jsons.string(json, "message");
    if (message.isEmpty()) {
      message = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).strip();
    }
    throw new ApiException(response.code(), reason, message, false, json);
  }

  private ApiException timedOut(String method, String path) {
    return new ApiException(
        0,
        "Timeout",
        "no answer from "
            + server
            + " within "
            + timeout.toMillis()
            + " ms ("
            + method
            + " "
            + path
            + ")",
        true,
        null);
  }

  @Override
  public void close() {
    // The client belongs to the shared factory, which closes it.
  }
}
