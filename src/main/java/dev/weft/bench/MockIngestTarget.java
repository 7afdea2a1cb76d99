package dev.weft.bench;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.App;
import dev.weft.fabric.Canary;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.HealthGates;
import dev.weft.fabric.Zone;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// An ingest target of N fabric8 mock API servers (CRUD mode) on loopback, each a zone with
/// `pods` pods of three apps, and a kubeconfig with one context per zone. Objects are written
/// straight into each server's dispatcher (no HTTP) so seeding and the event load cost the
/// benchmark little; still, the CRUD mock's watch and list handling dominate the figures at
/// full scale, so `weft bench ingest` uses the demo fabric by default. This one stays for
/// `--target mock`, for tests and for [CacheFootprint]'s fabric. Not thread-safe: one thread
/// seeds and touches.
public final class MockIngestTarget implements IngestTarget {
  static final String NAMESPACE = "health";
  private static final List<String> APPS = List.of("app1", "app2", "app3");
  private static final Headers JSON =
      Headers.builder().setHeader("Content-Type", "application/json").build();

  private final List<KubernetesMockServer> servers = new ArrayList<>();
  private final List<ListCachingDispatcher> dispatchers = new ArrayList<>();
  private final Map<String, String> templates = new HashMap<>();
  private final int podsPerZone;
  private final Fabric fabric;
  private final KubeconfigSource kubeconfig;
  private long resourceVersion = 1_000;

  private MockIngestTarget(int zones, int podsPerZone, Path dir) throws IOException {
    // The mock server logs every request at INFO: that would be the benchmark's main cost.
    java.util.logging.Logger.getLogger("io.fabric8.mockwebserver")
        .setLevel(java.util.logging.Level.WARNING);
    this.podsPerZone = podsPerZone;
    APPS.forEach(app -> templates.put(app, BenchPods.template(app, NAMESPACE)));
    List<Zone> zoneList = new ArrayList<>();
    StringBuilder kube = new StringBuilder("apiVersion: v1\nkind: Config\n");
    StringBuilder clusters = new StringBuilder("clusters:\n");
    StringBuilder contexts = new StringBuilder("contexts:\n");
    for (int z = 0; z < zones; z++) {
      var dispatcher = new ListCachingDispatcher();
      var server =
          new KubernetesMockServer(
              new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
      server.init(InetAddress.getLoopbackAddress(), 0);
      servers.add(server);
      dispatchers.add(dispatcher);
      String name = "z-" + (z + 1);
      zoneList.add(new Zone(name, name, null, name, NAMESPACE, "health-" + name));
      clusters.append(
          "- name: %s\n  cluster: {server: \"http://127.0.0.1:%d\"}\n"
              .formatted(name, server.getPort()));
      contexts.append("- name: %s\n  context: {cluster: %s, user: bench}\n".formatted(name, name));
      seed(z);
    }
    kube.append(clusters).append(contexts).append("users:\n- name: bench\n  user: {token: t}\n");
    Path file = Files.writeString(dir.resolve("bench-kubeconfig"), kube);
    this.kubeconfig = KubeconfigSource.of(file);
    List<App> apps =
        List.of(
            new App("app1", "app1", List.of("app2"), null),
            new App("app2", "app2", List.of("app3"), null),
            new App("app3", "app3", List.of(), null));
    List<String> order = zoneList.stream().map(Zone::name).toList();
    this.fabric =
        new Fabric(
            dir.resolve("bench.yaml"),
            "bench",
            Optional.of(file),
            null,
            zoneList,
            Map.of(),
            apps,
            new Canary(order, HealthGates.defaults()));
  }

  /// Starts `zones` mock servers with `podsPerZone` pods each; files go to `dir`.
  public static MockIngestTarget start(int zones, int podsPerZone, Path dir) throws IOException {
    return new MockIngestTarget(zones, podsPerZone, dir);
  }

  private void seed(int zone) {
    var serialization = new KubernetesSerialization();
    int perApp = (podsPerZone + APPS.size() - 1) / APPS.size();
    for (String app : APPS) {
      var deployment =
          new DeploymentBuilder()
              .withNewMetadata()
              .withName(app)
              .withNamespace(NAMESPACE)
              .endMetadata()
              .withNewSpec()
              .withReplicas(perApp)
              .endSpec()
              .withNewStatus()
              .withReadyReplicas(perApp)
              .withAvailableReplicas(perApp)
              .withUpdatedReplicas(perApp)
              .endStatus()
              .build();
      send(
          zone,
          HttpMethod.POST,
          "/apis/apps/v1/namespaces/health/deployments",
          serialization.asJson(deployment));
    }
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < podsPerZone; i++) {
      String app = APPS.get(i % APPS.size());
      String name = podName(app, i);
      String json = BenchPods.fill(templates.get(app), name, "1.0.0", ++resourceVersion);
      // Straight into the store: the dispatcher's own create scans every stored object (O(n²)).
      var dispatcher = dispatchers.get(zone);
      var extractor = dispatcher.getAttributeExtractor();
      var key =
          AttributeSet.merge(
              extractor.fromPath("/api/v1/namespaces/health/pods/" + name),
              extractor.fromResource(json));
      dispatcher.getMap().put(key, json);
      list.append(list.isEmpty() ? "" : ",").append(json);
    }
    dispatchers
        .get(zone)
        .cachePodList(
            "{\"apiVersion\":\"v1\",\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"%d\"},\"items\":[%s]}"
                .formatted(resourceVersion, list));
  }

  private static String podName(String app, int i) {
    return app + "-7d9f8c6b5-" + Integer.toString(1_000_000 + i, 36);
  }

  @Override
  public boolean touch(int zone, int index, String tag) {
    String app = APPS.get(index % APPS.size());
    String name = podName(app, index);
    String json = BenchPods.fillForUpdate(templates.get(app), name, tag);
    dispatchers.get(zone).invalidate();
    try {
      send(zone, HttpMethod.PUT, "/api/v1/namespaces/health/pods/" + name, json);
      return true;
    } catch (RuntimeException e) {
      // The mock server's watch executor refuses work while a reconnect tears a watch down.
      return false;
    }
  }

  private void send(int zone, HttpMethod method, String path, String json) {
    var request = new RecordedRequest("HTTP/1.1", method, path, JSON, new Buffer().writeUtf8(json));
    var response = dispatchers.get(zone).dispatch(request);
    if (response.code() >= 300) {
      throw new IllegalStateException(method + " " + path + " answered " + response.code());
    }
  }

  @Override
  public Fabric fabric() {
    return fabric;
  }

  @Override
  public KubeconfigSource kubeconfig() {
    return kubeconfig;
  }

  @Override
  public int zones() {
    return servers.size();
  }

  @Override
  public int podsPerZone() {
    return podsPerZone;
  }

  /// Serves the pod list from JSON made once at seeding until the first update: the mock
  /// server's own list re-parses and re-serializes every pod on its event loop, a cost a real
  /// API server (watch cache, protobuf) does not have and that is not Weft's to measure.
  private static final class ListCachingDispatcher extends KubernetesCrudDispatcher {
    private volatile String podList;

    // Kept after invalidation so the heap the benchmark measures stays comparable.
    @SuppressWarnings("unused")
    private String seeded;

    void cachePodList(String json) {
      podList = json;
      seeded = json;
    }

    void invalidate() {
      podList = null;
    }

    @Override
    public io.fabric8.mockwebserver.http.MockResponse dispatch(RecordedRequest request) {
      String list = podList;
      String path = request.getPath();
      if (list != null
          && request.method() == HttpMethod.GET
          && path.startsWith("/api/v1/namespaces/health/pods")
          && !path.startsWith("/api/v1/namespaces/health/pods/")
          && !path.contains("watch=true")) {
        return new io.fabric8.mockwebserver.http.MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "application/json")
            .setBody(list);
      }
      return super.dispatch(request);
    }
  }

  @Override
  public void close() {
    for (KubernetesMockServer server : servers) {
      try {
        server.destroy();
      } catch (RuntimeException e) {
        // The mock server may time out closing watch sockets; the process ends anyway.
      }
    }
  }
}
