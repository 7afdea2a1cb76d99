package dev.weft.bench;

import dev.weft.cluster.ContextResolver;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/// An [IngestTarget] reached only through its API, as Weft reaches real clusters: a fabric whose
/// zones serve Running pods (the demo in a process of its own). [#touch] changes a pod's image
/// tag with a JSON patch sent without waiting, as a deploy tool would, on clients of its own with
/// room for many requests in flight. Not thread-safe: one thread starts, touches and closes it.
public final class ApiIngestTarget implements IngestTarget {
  private final AutoCloseable owner;
  private final Fabric fabric;
  private final KubeconfigSource kubeconfig;
  private final List<KubernetesClient> zoneClients = new ArrayList<>();
  private final List<String> podsUri = new ArrayList<>();
  private final List<List<String>> podNames = new ArrayList<>();
  private final AtomicInteger refused = new AtomicInteger();
  private final int podsPerZone;

  /// Lists every zone's pods once; `owner` (what serves the fabric) is closed with this target.
  public ApiIngestTarget(Fabric fabric, AutoCloseable owner) {
    this.owner = owner;
    this.fabric = fabric;
    this.kubeconfig = KubeconfigSource.forFabric(fabric);
    int fewest = Integer.MAX_VALUE;
    for (Zone zone : fabric.zones()) {
      // The touches' own clients, with room for many requests in flight (fabric8 allows 5
      // per host by default, which queues touches behind each other).
      if (!(ContextResolver.resolve(kubeconfig, zone.context())
          instanceof ContextResolver.Result.Resolved resolved)) {
        throw new IllegalStateException("no client for the demo's context " + zone.context());
      }
      Config config = resolved.config();
      config.setMaxConcurrentRequestsPerHost(32);
      config.setMaxConcurrentRequests(512);
      KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
      zoneClients.add(client);
      podsUri.add(
          config.getMasterUrl().replaceAll("/+$", "")
              + "/api/v1/namespaces/"
              + zone.namespace()
              + "/pods/");
      List<String> names =
          client.pods().inNamespace(zone.namespace()).list().getItems().stream()
              .map(Pod::getMetadata)
              .map(m -> m.getName())
              .sorted(Comparator.naturalOrder())
              .toList();
      podNames.add(names);
      fewest = Math.min(fewest, names.size());
    }
    this.podsPerZone = fewest;
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
    return zoneClients.size();
  }

  @Override
  public int podsPerZone() {
    return podsPerZone;
  }

  @Override
  public boolean touch(int zone, int index, String tag) {
    var http = zoneClients.get(zone).getHttpClient();
    String image = "registry.example/bench/app:" + tag;
    var request =
        http.newHttpRequestBuilder()
            .uri(URI.create(podsUri.get(zone) + podNames.get(zone).get(index)))
            .timeout(10, TimeUnit.SECONDS)
            .method(
                "PATCH",
                "application/json-patch+json",
                "[{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\""
                    + image
                    + "\"}]")
            .build();
    http.sendAsync(request, String.class)
        .whenComplete(
            (response, error) -> {
              if (error != null || !response.isSuccessful()) {
                refused.incrementAndGet();
              }
            });
    return true;
  }

  /// Touches the server did not take (counted as sent, never seen).
  public int refused() {
    return refused.get();
  }

  @Override
  public void close() {
    zoneClients.forEach(KubernetesClient::close);
    try {
      owner.close();
    } catch (Exception e) {
      // what served the fabric is ending anyway; its files stay in the temporary directory
    }
  }
}
