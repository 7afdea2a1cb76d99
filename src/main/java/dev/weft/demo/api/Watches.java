package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/// Watches on one zone's store, over WebSocket (what fabric8 uses) or as a chunked HTTP stream
/// (what kubectl uses). fabric8's mock server writes whole bodies only, so [ApiServer] hands
/// plain HTTP watches to [#stream] before fabric8's request handler sees them.
///
/// Threading: watches open on an event loop and only ever write on that loop's context. Store
/// listeners run under the store's lock on any thread, so they only hand events over with
/// `runOnContext` (writing there would take the connection's lock while an event loop holding
/// it waits for the store: a deadlock seen in tests). [#expireAll] may run on any thread.
final class Watches {
  private final ObjectStore store;
  private final Vertx vertx;
  private final Map<WebSocket, Context> sockets = new ConcurrentHashMap<>();
  private final Map<HttpServerResponse, Stream> streams = new ConcurrentHashMap<>();

  /// An open HTTP watch stream: the event-loop context that owns its connection, and how to end it.
  private record Stream(Context context, Runnable end) {}

  Watches(ObjectStore store, Vertx vertx) {
    this.store = store;
    this.vertx = vertx;
  }

  static Predicate<WatchEvent> filter(ApiPath path, Predicate<ObjectNode> objects) {
    return event ->
        event.resource() == path.type()
            && (path.namespace() == null || path.namespace().equals(event.namespace()))
            && objects.test(event.object());
  }

  /// Ends every open watch with 410 Gone and forgets history, so clients must relist.
  void expireAll() {
    store.forgetHistory();
    String gone = Json.string(Responses.gone("watch expired by the demo's watch-expiry scenario"));
    streams.forEach(
        (response, stream) ->
            stream
                .context()
                .runOnContext(
                    v -> {
                      if (!response.ended() && !response.closed()) {
                        response.write(gone + "\n");
                      }
                      stream.end().run();
                    }));
    sockets.forEach(
        (socket, context) ->
            context.runOnContext(
                v -> {
                  socket.send(gone);
                  socket.close(1000, "expired");
                }));
  }

  MockResponse webSocket(ApiPath path, Predicate<ObjectNode> objects) {
    Predicate<WatchEvent> filter = filter(path, objects);
    String from = path.param("resourceVersion");
    return new MockResponse()
        .withWebSocketUpgrade(
            new WebSocketListener() {
              private volatile Runnable unsubscribe = () -> {};

              @Override
              public void onOpen(WebSocket socket, Response response) {
                try {
                  synchronized (store) {
                    Context context = vertx.getOrCreateContext();
                    sockets.put(socket, context);
                    long version = start(from, path, objects, e -> send(socket, e));
                    unsubscribe =
                        store.subscribeSince(
                            version, filter, e -> context.runOnContext(v -> send(socket, e)));
                  }
                } catch (StoreException gone) {
                  socket.send(Json.string(Responses.gone(gone.getMessage())));
                  socket.close(1000, "gone");
                }
              }

              @Override
              public void onClosing(WebSocket socket, int code, String reason) {
                closed(socket);
              }

              @Override
              public void onClosed(WebSocket socket, int code, String reason) {
                closed(socket);
              }

              @Override
              public void onFailure(WebSocket socket, Throwable error, Response response) {
                closed(socket);
              }

              private void closed(WebSocket socket) {
                sockets.remove(socket);
                unsubscribe.run();
              }
            });
  }

  /// Streams a plain HTTP watch as chunked JSON lines until the client goes away, the asked
  /// `timeoutSeconds` pass, or the watch expires; as the Kubernetes API server does.
  void stream(HttpServerRequest request, ApiPath path, Predicate<ObjectNode> objects) {
    HttpServerResponse response = request.response();
    response.setChunked(true).setStatusCode(200).putHeader("Content-Type", "application/json");
    Predicate<WatchEvent> filter = filter(path, objects);
    boolean table = String.valueOf(request.getHeader("Accept")).contains("as=Table");
    Runnable[] unsubscribe = {() -> {}};
    Runnable end =
        () -> {
          unsubscribe[0].run();
          streams.remove(response);
          if (!response.ended() && !response.closed()) {
            response.end();
          }
        };
    response.closeHandler(v -> end.run());
    response.exceptionHandler(e -> end.run());
    try {
      synchronized (store) {
        long version =
            start(path.param("resourceVersion"), path, objects, e -> write(response, e, table));
        Context context = vertx.getOrCreateContext();
        unsubscribe[0] =
            store.subscribeSince(
                version, filter, e -> context.runOnContext(v -> write(response, e, table)));
        streams.put(response, new Stream(context, end));
      }
    } catch (StoreException gone) {
      response.write(
          Buffer.buffer(Json.bytes(Responses.gone(gone.getMessage()))).appendString("\n"));
      end.run();
      return;
    }
    // Send the headers now: a client waits for them before it reads any event, and an idle
    // watch may have no event for a long time.
    if (!response.headWritten()) {
      response.writeHead();
    }
    String timeout = path.param("timeoutSeconds");
    if (timeout != null && !timeout.isEmpty()) {
      vertx.setTimer(Math.max(1, Long.parseLong(timeout)) * 1000, id -> end.run());
    }
  }

  /// Writes one event; as a one-row Table when kubectl asked for server-side printing.
  private static void write(HttpServerResponse response, WatchEvent event, boolean table) {
    if (!response.ended() && !response.closed()) {
      ObjectNode object =
          table
              ? Tables.table(
                  event.resource(),
                  List.of(event.object()),
                  Long.toString(event.resourceVersion()),
                  false)
              : event.object();
      response.write(
          Buffer.buffer(Json.bytes(Responses.watchEvent(event.type(), object))).appendString("\n"));
    }
  }

  /// Sends synthetic ADDED events when no version is given, as Kubernetes does; returns the
  /// version to resume from.
  private long start(
      String from,
      ApiPath path,
      Predicate<ObjectNode> objects,
      java.util.function.Consumer<WatchEvent> sink) {
    if (from == null || from.isEmpty() || from.equals("0")) {
      long now = store.resourceVersion();
      for (ObjectNode o : store.list(path.type(), path.namespace(), objects)) {
        sink.accept(new WatchEvent("ADDED", path.type(), o, now));
      }
      return now;
    }
    try {
      return Long.parseLong(from);
    } catch (NumberFormatException e) {
      throw new StoreException(410, "Expired", "unknown resource version: " + from);
    }
  }

  private static void send(WebSocket socket, WatchEvent event) {
    socket.send(Json.string(Responses.watchEvent(event.type(), event.object())));
  }
}
