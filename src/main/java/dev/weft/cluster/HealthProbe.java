package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The requests a [ClusterLink] sends to learn how its server answers *new* requests (an open
/// watch says nothing about that): `GET /version`, and a one-item list of a watched kind.
/// Stateless; the futures complete on the HTTP client's threads.
final class HealthProbe {
  private static final Pattern MESSAGE =
      Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private HealthProbe() {}

  /// `GET /version`; completes with the round trip, or fails with [Refused] on an error status.
  static CompletableFuture<Duration> version(KubeClients.Opened.Client client, Duration timeout) {
    return get(client, client.versionUri(), "GET /version", timeout, false);
  }

  /// A one-item list of `watch`'s kind in `namespace` (or a GET of its one named object).
  static CompletableFuture<Duration> list(
      KubeClients.Opened.Client client, String namespace, Watch<?> watch, Duration timeout) {
    Class<? extends HasMetadata> type = watch.type();
    String group = HasMetadata.getGroup(type);
    String version = HasMetadata.getVersion(type);
    String plural = HasMetadata.getPlural(type);
    String base =
        group == null || group.isEmpty() ? "api/" + version : "apis/" + group + "/" + version;
    String path = base + "/namespaces/" + namespace + "/" + plural;
    String what = (watch.name() == null ? "list " : "get ") + plural;
    URI uri =
        client
            .versionUri()
            .resolve(watch.name() == null ? path + "?limit=1" : path + "/" + watch.name());
    // A missing named object is the watch's news (the route is gone), not a sick server.
    return get(client, uri, what, timeout, watch.name() != null);
  }

  private static CompletableFuture<Duration> get(
      KubeClients.Opened.Client client,
      URI uri,
      String what,
      Duration timeout,
      boolean notFoundIsFine) {
    long start = System.nanoTime();
    HttpClient http = client.client().getHttpClient();
    var request =
        http.newHttpRequestBuilder()
            .uri(uri)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build();
    return http.sendAsync(request, String.class)
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .thenApply(
            response -> {
              if (!response.isSuccessful() && !(notFoundIsFine && response.code() == 404)) {
                throw new CompletionException(
                    new Refused(response.code(), what, message(response)));
              }
              return Duration.ofNanos(System.nanoTime() - start);
            });
  }

  private static String message(HttpResponse<String> response) {
    String body = response.body();
    if (body == null) {
      return "";
    }
    Matcher m = MESSAGE.matcher(body.length() > 4096 ? body.substring(0, 4096) : body);
    return m.find() ? m.group(1).replace("\\\"", "\"") : "";
  }

  /// A probe answered with an error status.
  ///
  /// @param what the request, e.g. "list pods"
  /// @param message the Status message the server sent, if any
  static final class Refused extends RuntimeException {
    final int code;
    final String what;
    final String message;

    Refused(int code, String what, String message) {
      super(what + " answered " + code, null, false, false);
      this.code = code;
      this.what = what;
      this.message = message;
    }
  }
}
