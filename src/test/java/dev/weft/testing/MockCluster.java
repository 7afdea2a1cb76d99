package dev.weft.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.HashMap;

/// A fabric8 mock API server in CRUD mode on loopback that can go away and come back on the same
/// port with its objects kept (a zone lost and found again).
public final class MockCluster implements AutoCloseable {
  private final KubernetesCrudDispatcher dispatcher = new KubernetesCrudDispatcher();
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

  public void stop() {
    client.close();
    server.destroy();
  }

  public void restart() {
    up(port);
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
