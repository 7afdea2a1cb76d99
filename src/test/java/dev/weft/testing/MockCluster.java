package dev.weft.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.function.Function;

/// A fabric8 mock API server in CRUD mode on loopback that can go away and come back on the same
/// port with its objects kept (a zone lost and found again).
public final class MockCluster implements AutoCloseable {
  private final FaultyDispatcher dispatcher = new FaultyDispatcher();
  private KubernetesMockServer server;
  private KubernetesClient client;
  private int port;

  public static MockCluster start() {
    MockCluster cluster = new MockCluster();
    cluster.up(0);
    return cluster;
  }

  private void up(int onPort) {
    server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    server.init(InetAddress.getLoopbackAddress(), onPort);
    port = server.getPort();
    client = server.createClient();
  }

  public int port() {
    return port;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /// A client for arranging the cluster's objects.
  public KubernetesClient client() {
    return client;
  }

  /// Deletes an object behind every watcher's back (while the server is down, say).
  public void deleteQuietly(String path) {
    dispatcher.handleDelete(path);
  }

  /// Delays every non-watch answer by `delay` (a slow API server); `null` clears it.
  public void delay(java.time.Duration delay) {
    dispatcher.delay = delay;
  }

  /// Answers requests with `fault` wherever it gives a response; `null` clears it.
  public void fault(Function<RecordedRequest, MockResponse> fault) {
    dispatcher.fault = fault;
  }

  /// A Kubernetes Status error response, as the API server sends it.
  public static MockResponse status(int code, String reason, String message) {
    String body =
        """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",        "message":%s,"reason":"%s","code":%d}"""
            .formatted(quote(message), reason, code);
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  public void stop() {
    client.close();
    server.destroy();
  }

  public void restart() {
    up(port);
  }

  private static final class FaultyDispatcher extends KubernetesCrudDispatcher {
    volatile Function<RecordedRequest, MockResponse> fault;
    volatile java.time.Duration delay;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      Function<RecordedRequest, MockResponse> f = fault;
      MockResponse response = f == null ? null : f.apply(request);
      if (response == null) {
        response = super.dispatch(request);
      }
      java.time.Duration d = delay;
      if (d != null && !request.getPath().contains("watch=true")) {
        response.setBodyDelay(d);
      }
      return response;
    }
  }

  @Override
  public void close() {
    try {
      stop();
    } catch (RuntimeException e) {
      // already stopped
    }
  }
}
