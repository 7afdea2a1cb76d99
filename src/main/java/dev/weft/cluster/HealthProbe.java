package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.http.HttpClient;
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
    // The body is read as it comes and kept only as far as an error's message needs: a server
    // that answered the probe with 500 MB ran the window out of memory.
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    long[] read = {0};
    CompletableFuture<Void> tooLarge = new CompletableFuture<>();
    return http.consumeBytes(
            request,
            (buffers, body) -> {
              for (java.nio.ByteBuffer b : buffers) {
                read[0] += b.remaining();
                int keep = Math.min(b.remaining(), MESSAGE_BYTES - head.size());
                if (keep > 0) {
                  byte[] chunk = new byte[keep];
                  b.get(chunk);
                  head.write(chunk, 0, keep);
                }
              }
              if (read[0] > PROBE_LIMIT) {
                tooLarge.completeExceptionally(new CappedBody.TooLarge(PROBE_LIMIT));
                body.cancel();
              } else {
                body.consume();
              }
            })
        .thenCompose(
            response -> {
              response.body().consume();
              return response.body().done().applyToEither(tooLarge, v -> response);
            })
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .thenApply(
            response -> {
              if (!response.isSuccessful() && !(notFoundIsFine && response.code() == 404)) {
                throw new CompletionException(
                    new Refused(
                        response.code(),
                        what,
                        message(head.toString(java.nio.charset.StandardCharsets.UTF_8))));
              }
              return Duration.ofNanos(System.nanoTime() - start);
            });
  }

  /// The most of a probe's answer Weft reads: `/version` and a one-item list are a few KiB.
  private static final int PROBE_LIMIT = 1 << 20;

  /// How much of an answer is kept to find its Status message in.
  private static final int MESSAGE_BYTES = 4096;

  private static String message(String body) {
    Matcher m = MESSAGE.matcher(body);
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
