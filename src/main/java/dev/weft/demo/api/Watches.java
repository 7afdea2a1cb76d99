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
/// (what kubectl uses), with the same options on both ([ListOptions]): `resourceVersion`,
/// `sendInitialEvents`, `allowWatchBookmarks`, `timeoutSeconds`. fabric8's mock server writes
/// whole bodies only, so [ApiServer] hands plain HTTP watches to [#stream] before fabric8's
/// request handler sees them.
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

  // How often a watch that allows bookmarks gets one; kube-apiserver's watch cache sends one
  // about every minute.
  private static final long BOOKMARK_MILLIS = 60_000;

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
    ListOptions options = ListOptions.of(path);
    return new MockResponse()
        .withWebSocketUpgrade(
            new WebSocketListener() {
              private volatile Runnable unsubscribe = () -> {};

              @Override
              public void onOpen(WebSocket socket, Response response) {
                Context context = vertx.getOrCreateContext();
                sockets.put(socket, context);
                Sink sink =
                    new Sink() {
                      @Override
                      public void send(ObjectNode event) {
                        socket.send(Json.string(event));
                      }

                      @Override
                      public void end() {
                        socket.close(1000, "watch ended");
                      }
                    };
                try {
                  unsubscribe = open(path, options, objects, context, sink);
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
    ListOptions options = ListOptions.of(path);
    HttpServerResponse response = request.response();
    response.setChunked(true).setStatusCode(200).putHeader("Content-Type", "application/json");
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
    Context context = vertx.getOrCreateContext();
    Sink sink =
        new Sink() {
          @Override
          public void send(ObjectNode event) {
            if (!response.ended() && !response.closed()) {
              response.write(
                  Buffer.buffer(Json.bytes(table ? asTable(path.type(), event) : event))
                      .appendString("\n"));
            }
          }

          @Override
          public void end() {
            end.run();
          }
        };
    try {
      unsubscribe[0] = open(path, options, objects, context, sink);
      streams.put(response, new Stream(context, end));
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
  }

  /// Where one watch's events go, on its connection's context.
  interface Sink {
    void send(ObjectNode event);

    void end();
  }

  /// Starts a watch on either transport: its initial events, the changes since its version,
  /// bookmarks when allowed, and its end after `timeoutSeconds`. Returns how to stop it.
  private Runnable open(
      ApiPath path,
      ListOptions options,
      Predicate<ObjectNode> objects,
      Context context,
      Sink sink) {
    Predicate<WatchEvent> filter = filter(path, objects);
    Runnable unsubscribe;
    synchronized (store) {
      long version = start(path, options, objects, sink);
      unsubscribe =
          store.subscribeSince(
              version, filter, e -> context.runOnContext(v -> sink.send(event(e))));
    }
    List<Long> timers = new java.util.concurrent.CopyOnWriteArrayList<>();
    if (options.allowWatchBookmarks()) {
      timers.add(vertx.setPeriodic(BOOKMARK_MILLIS, id -> bookmark(path, context, sink)));
    }
    if (options.timeoutSeconds() > 0) {
      timers.add(
          vertx.setTimer(
              options.timeoutSeconds() * 1000,
              id -> {
                if (options.allowWatchBookmarks()) {
                  bookmark(path, context, sink);
                }
                context.runOnContext(v -> sink.end());
              }));
    }
    return () -> {
      timers.forEach(vertx::cancelTimer);
      unsubscribe.run();
    };
  }

  /// Queues a bookmark at the store's current version behind every change already queued for
  /// this watch, so its version never runs ahead of an event the client has yet to see.
  private void bookmark(ApiPath path, Context context, Sink sink) {
    synchronized (store) {
      ObjectNode event = bookmarkEvent(path.type(), store.resourceVersion(), false);
      context.runOnContext(v -> sink.send(event));
    }
  }

  static ObjectNode bookmarkEvent(ResourceType type, long version, boolean initialEventsEnd) {
    ObjectNode object = Json.object().put("kind", type.kind()).put("apiVersion", type.apiVersion());
    ObjectNode meta = object.putObject("metadata").put("resourceVersion", Long.toString(version));
    if (initialEventsEnd) {
      meta.putObject("annotations").put("k8s.io/initial-events-end", "true");
    }
    return Responses.watchEvent("BOOKMARK", object);
  }

  /// An event as kubectl's server-side printing wants it: the object as a one-row Table.
  private static ObjectNode asTable(ResourceType type, ObjectNode event) {
    if (event.path("type").asString("").equals("BOOKMARK")) {
      return event;
    }
    ObjectNode object = (ObjectNode) event.get("object");
    String version = Json.text(object, "metadata", "resourceVersion");
    return Responses.watchEvent(
        event.get("type").asString(), Tables.table(type, List.of(object), version, false));
  }

  private static ObjectNode event(WatchEvent e) {
    return Responses.watchEvent(e.type(), e.object());
  }

  /// Sends what a watch starts with and returns the version to follow changes from: with
  /// `sendInitialEvents=true`, the current state as ADDED events and then (bookmarks allowed)
  /// the bookmark annotated `k8s.io/initial-events-end`; without `sendInitialEvents`, the
  /// legacy rule (no version or `0`: the current state as ADDED events; a version: changes
  /// after it, or 410 when it is too old). Runs under the store's lock.
  private long start(ApiPath path, ListOptions options, Predicate<ObjectNode> objects, Sink sink) {
    String from = options.resourceVersion();
    boolean current = from.isEmpty() || from.equals("0");
    if (options.initialEvents() || (options.sendInitialEvents() == null && current)) {
      long now = store.resourceVersion();
      for (ObjectNode o : store.list(path.type(), path.namespace(), objects)) {
        sink.send(Responses.watchEvent("ADDED", o));
      }
      if (options.initialEvents() && options.allowWatchBookmarks()) {
        sink.send(bookmarkEvent(path.type(), now, true));
      }
      return now;
    }
    if (current) {
      return store.resourceVersion();
    }
    try {
      long version = Long.parseLong(from);
      // sendInitialEvents=false with NotOlderThan: any version at or after the asked one.
      return options.sendInitialEvents() != null
          ? Math.max(version, store.resourceVersion())
          : version;
    } catch (NumberFormatException e) {
      throw new StoreException(410, "Expired", "unknown resource version: " + from);
    }
  }
}
