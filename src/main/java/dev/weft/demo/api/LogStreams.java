package dev.weft.demo.api;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Serves `GET /api/v1/namespaces/{ns}/pods/{name}/log` (`follow`, `tailLines`, `container`,
/// `timestamps`) with [LogLines]: what `kubectl logs [-f]` and fabric8's `watchLog` read. A
/// followed log stays open and gains a line every 0.5–1 s until the client goes or the pod is
/// deleted; a crash-looping pod's log ends at its fatal line, as its container exits.
///
/// Threading: a stream opens on an event loop and only writes on that loop's context; the store
/// listener that ends it on deletion runs under the store's lock, so it only hands over with
/// `runOnContext` (as [Watches] does).
final class LogStreams {
  private static final int BACKLOG = 60;

  private final ObjectStore store;
  private final Vertx vertx;

  LogStreams(ObjectStore store, Vertx vertx) {
    this.store = store;
    this.vertx = vertx;
  }

  void serve(HttpServerRequest request, ApiPath api) {
    HttpServerResponse response = request.response();
    ObjectNode pod = store.get(api.type(), api.namespace(), api.name());
    if (pod == null) {
      error(response, StoreException.notFound(api.type(), api.name()));
      return;
    }
    String container = api.param("container");
    List<String> names = containers(pod);
    if (container != null && !container.isEmpty() && !names.contains(container)) {
      error(
          response,
          new StoreException(
              400, "BadRequest", "container " + container + " is not valid for pod " + api.name()));
      return;
    }
    if (Json.text(pod, "status", "phase").equals("Pending")) {
      String waiting = container == null || container.isEmpty() ? names.getFirst() : container;
      error(
          response,
          new StoreException(
              400,
              "BadRequest",
              "container \"" + waiting + "\" in pod \"" + api.name() + "\" is waiting to start"));
      return;
    }
    boolean timestamps = "true".equals(api.param("timestamps"));
    LogLines lines =
        new LogLines(api.name(), Json.labels(pod).getOrDefault("app", names.getFirst()));
    boolean bad = bad(pod);
    List<String> backlog = bad ? lines.crash() : lines.history(BACKLOG);
    response.setChunked(true).setStatusCode(200).putHeader("Content-Type", "text/plain");
    Instant now = Instant.now();
    for (int i = tail(backlog.size(), api.param("tailLines")); i < backlog.size(); i++) {
      Instant at = now.minus(Duration.ofSeconds(backlog.size() - i));
      write(response, timestamps ? LogLines.stamped(at, backlog.get(i)) : backlog.get(i));
    }
    if (bad || !"true".equals(api.param("follow"))) {
      response.end();
      return;
    }
    follow(response, api, lines, timestamps);
  }

  private void follow(HttpServerResponse response, ApiPath api, LogLines lines, boolean stamps) {
    // Send the headers now: a client waits for them before it reads any line.
    if (!response.headWritten()) {
      response.writeHead();
    }
    Context context = vertx.getOrCreateContext();
    long[] timer = {-1};
    Runnable[] unsubscribe = {() -> {}};
    Runnable end =
        () -> {
          vertx.cancelTimer(timer[0]);
          unsubscribe[0].run();
          if (!response.ended() && !response.closed()) {
            response.end();
          }
        };
    response.closeHandler(v -> end.run());
    response.exceptionHandler(e -> end.run());
    unsubscribe[0] =
        store.addListener(
            event -> {
              if (event.type().equals("DELETED")
                  && event.resource() == api.type()
                  && api.namespace().equals(event.namespace())
                  && api.name().equals(Json.name(event.object()))) {
                context.runOnContext(v -> end.run());
              }
            });
    timer[0] = schedule(response, lines, stamps, end);
  }

  /// Writes the next line after a jittered 0.5–1 s, then schedules the one after.
  private long schedule(HttpServerResponse response, LogLines lines, boolean stamps, Runnable end) {
    long delay = 500 + (long) (Math.random() * 500);
    return vertx.setTimer(
        delay,
        id -> {
          if (response.ended() || response.closed()) {
            end.run();
            return;
          }
          String line = lines.next();
          write(response, stamps ? LogLines.stamped(Instant.now(), line) : line);
          schedule(response, lines, stamps, end);
        });
  }

  private static void write(HttpServerResponse response, String line) {
    response.write(line + "\n");
  }

  private static void error(HttpServerResponse response, StoreException e) {
    response
        .setStatusCode(e.code())
        .putHeader("Content-Type", "application/json")
        .end(Json.string(Responses.status(e.code(), e.reason(), e.getMessage())));
  }

  /// The first backlog line to send for `tailLines`: all when absent or negative.
  private static int tail(int size, String tailLines) {
    if (tailLines == null || tailLines.isEmpty()) {
      return 0;
    }
    long n = Long.parseLong(tailLines);
    return n < 0 ? 0 : (int) Math.max(0, size - n);
  }

  private static List<String> containers(JsonNode pod) {
    return pod.path("spec")
        .path("containers")
        .valueStream()
        .map(c -> Json.text(c, "name"))
        .toList();
  }

  private static boolean bad(JsonNode pod) {
    return pod.path("spec")
        .path("containers")
        .valueStream()
        .anyMatch(c -> Json.text(c, "image").endsWith("-bad"));
  }
}
