package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/// Watches on one zone's store, over WebSocket (what fabric8 uses) or plain HTTP (what kubectl
/// uses). HTTP watches are long polls: they answer with the changes since the asked version, or
/// after [#HTTP_POLL] with none, and the client watches again from where it got to; client-go's
/// informers (`kubectl rollout status`, `delete --wait`) resume seamlessly, but `kubectl get -w`
/// ends when its first answer ends, because fabric8's server writes whole bodies only.
///
/// Thread-safe: the event loop opens watches; store listeners send on the socket (Vert.x queues
/// writes onto the socket's own thread), and [#expireAll] may run on any thread.
final class Watches {
  static final Duration HTTP_POLL = Duration.ofSeconds(1);

  private final ObjectStore store;
  private final Set<WebSocket> open = ConcurrentHashMap.newKeySet();

  Watches(ObjectStore store) {
    this.store = store;
  }

  static Predicate<WatchEvent> filter(ApiPath path, Predicate<ObjectNode> objects) {
    return event ->
        event.resource() == path.type()
            && (path.namespace() == null || path.namespace().equals(event.namespace()))
            && objects.test(event.object());
  }

  /// Ends every open WebSocket watch with 410 Gone and forgets history, so clients relist.
  void expireAll() {
    store.forgetHistory();
    for (WebSocket socket : List.copyOf(open)) {
      socket.send(Json.string(Responses.gone("watch expired by the demo's watch-expiry scenario")));
      socket.close(1000, "expired");
    }
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
                open.add(socket);
                try {
                  synchronized (store) {
                    long version = start(from, path, objects, e -> send(socket, e));
                    unsubscribe = store.subscribeSince(version, filter, e -> send(socket, e));
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
                open.remove(socket);
                unsubscribe.run();
              }
            });
  }

  MockResponse httpPoll(ApiPath path, Predicate<ObjectNode> objects) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String from = path.param("resourceVersion");
    synchronized (store) {
      long version = start(from, path, objects, e -> line(body, e));
      List<WatchEvent> changes = store.changesSince(version, filter(path, objects));
      if (changes == null) {
        body.writeBytes(Json.bytes(Responses.gone("too old resource version: " + version)));
        body.write('\n');
      } else {
        changes.forEach(e -> line(body, e));
      }
    }
    MockResponse response =
        new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json");
    if (body.size() == 0) {
      // Whitespace is a valid empty stream; the delay keeps idle clients from spinning.
      return response.setBody("\n").setBodyDelay(HTTP_POLL);
    }
    return response.setBody(body.toByteArray());
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

  private static void line(ByteArrayOutputStream body, WatchEvent event) {
    body.writeBytes(Json.bytes(Responses.watchEvent(event.type(), event.object())));
    body.write('\n');
  }
}
