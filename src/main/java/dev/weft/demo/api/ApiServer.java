package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.vertx.HttpServerRequestHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// One zone's Kubernetes API endpoint on 127.0.0.1: fabric8's mock-server request handler (its
/// HTTP and WebSocket serving) in front of an [ApiDispatcher] over the zone's store, plus chunked
/// HTTP watch and pod log streaming, which fabric8's handler cannot do. It can stop answering
/// and come back on the same port.
///
/// fabric8's `MockWebServer` is not used as a whole: it starts only once and keeps every request
/// it served in memory; this class runs the same handler on a Vert.x server it can restart.
///
/// Thread-safe: [#start] and [#stop] are synchronized; the store outlives restarts.
public final class ApiServer implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiServer.class);
  private final Vertx vertx;
  private final ObjectStore store;
  private final ApiFaults faults = new ApiFaults();
  private final ApiDispatcher dispatcher;
  private HttpServer server;
  private volatile int port;
  private boolean portFixed;
  private volatile PemKeyCertOptions tls;

  /// @param vertx the event loops to serve on, shared by every zone; the caller closes it
  public ApiServer(Vertx vertx, ObjectStore store) {
    this.vertx = vertx;
    this.store = store;
    this.dispatcher = new ApiDispatcher(store, faults, () -> port, vertx);
  }

  /// Serves HTTPS with this certificate and key (PEM) from the next start on.
  public void tls(String certPem, String keyPem) {
    this.tls =
        new PemKeyCertOptions()
            .setCertValue(io.vertx.core.buffer.Buffer.buffer(certPem))
            .setKeyValue(io.vertx.core.buffer.Buffer.buffer(keyPem));
  }

  /// Puts `gate` (authentication, authorization, audit) in front of every request.
  public void gate(ApiGate gate) {
    dispatcher.gate(gate);
  }

  /// Asks the first [#start] for `port` (a previous run's), falling back to an ephemeral one
  /// when it is taken; returns false when it was taken.
  public synchronized boolean startOn(int wanted) {
    if (server != null || portFixed) {
      throw new IllegalStateException("the port is chosen on the first start only");
    }
    port = wanted;
    try {
      start();
      return true;
    } catch (IllegalStateException taken) {
      port = 0;
      start();
      return false;
    }
  }

  /// Starts on an ephemeral port the first time, and on the same port after [#stop].
  public synchronized void start() {
    if (server != null) {
      return;
    }
    HttpServerOptions options =
        new HttpServerOptions()
            .setHost("127.0.0.1")
            .setPort(port)
            .setReuseAddress(true)
            .setWebSocketSubProtocols(List.of("v4.channel.k8s.io"))
            .setHandle100ContinueAutomatically(true);
    if (tls != null) {
      options.setSsl(true).setKeyCertOptions(tls);
    }
    HttpServer fresh = vertx.createHttpServer(options);
    HttpServerRequestHandler fabric8 =
        new HttpServerRequestHandler(vertx) {
          @Override
          protected MockResponse onHttpRequest(RecordedRequest request) {
            try {
              return dispatcher.dispatch(request);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
              // As kube-apiserver recovers a handler's panic: a 500, never a request left
              // without an answer (fabric8's handler answers nothing when its dispatcher
              // throws, and kubectl waited forever).
              LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), e.toString());
              return Responses.panic();
            }
          }
        };
    fresh.requestHandler(
        request -> {
          if (request.method() == io.vertx.core.http.HttpMethod.HEAD) {
            head(request);
          } else if (!dispatcher.streamLog(request) && !dispatcher.streamWatch(request)) {
            fabric8.handle(request);
          }
        });
    await(fresh.listen());
    port = fresh.actualPort();
    portFixed = true;
    server = fresh;
  }

  /// A HEAD request, which fabric8's handler left without an answer (`curl -I` hung). As
  /// kube-apiserver: its health endpoints answer as to a GET, without the body; its API routes
  /// only the methods of their verbs, so HEAD is 405 Method Not Allowed.
  private static void head(io.vertx.core.http.HttpServerRequest request) {
    boolean health = java.util.Set.of("/healthz", "/livez", "/readyz").contains(request.path());
    request
        .response()
        .setStatusCode(health ? 200 : 405)
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("X-Content-Type-Options", "nosniff")
        .end();
  }

  /// Stops answering: the port closes and open connections and watches break.
  public synchronized void stop() {
    if (server != null) {
      await(server.close());
      server = null;
    }
  }

  public synchronized boolean running() {
    return server != null;
  }

  public int port() {
    return port;
  }

  public String url() {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + port;
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

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("demo API server: " + e.getMessage(), e);
    }
  }
}
