package dev.weft.demo.api;

import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.vertx.Protocol;
import java.net.InetAddress;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/// One zone's Kubernetes API endpoint on loopback: fabric8's mock web server with an
/// [ApiDispatcher] over the zone's store. It can stop answering and come back on the same port
/// (fabric8's server starts only once, so each start is a fresh server on the remembered port).
///
/// Thread-safe: [#stop] and [#start] are synchronized; the store outlives restarts.
public final class ApiServer implements AutoCloseable {
  // fabric8's server logs every request at INFO; at thousands of requests a second that is the
  // bottleneck, so only warnings pass.
  private static final Logger SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  static {
    SERVER_LOG.setLevel(Level.WARNING);
  }

  private final ObjectStore store;
  private final ApiFaults faults = new ApiFaults();
  private final ApiDispatcher dispatcher;
  private MockWebServer server;
  private volatile int port;

  public ApiServer(ObjectStore store) {
    this.store = store;
    this.dispatcher = new ApiDispatcher(store, faults, () -> port);
  }

  /// Starts on an ephemeral port the first time, and on the same port after [#stop].
  public synchronized void start() {
    if (server != null) {
      return;
    }
    MockWebServer fresh = new MockWebServer();
    fresh.setProtocols(List.of(Protocol.HTTP_1_1));
    fresh.setHttp2ClearTextEnabled(false);
    fresh.setDispatcher(dispatcher);
    fresh.start(InetAddress.getLoopbackAddress(), port);
    port = fresh.getPort();
    server = fresh;
  }

  /// Stops answering: the port closes, open watches break.
  public synchronized void stop() {
    if (server != null) {
      server.shutdown();
      server = null;
    }
  }

  public synchronized boolean running() {
    return server != null;
  }

  /// fabric8's server keeps every request it answered for `takeRequest`; drop them so memory
  /// stays flat in a long demo.
  public synchronized void forgetRequests() {
    if (server != null) {
      server.reset();
    }
  }

  public int port() {
    return port;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public ObjectStore store() {
    return store;
  }

  public ApiFaults faults() {
    return faults;
  }

  public void expireWatches() {
    dispatcher.expireWatches();
  }

  @Override
  public void close() {
    stop();
  }
}
