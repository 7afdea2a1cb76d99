package dev.weft.action;

import dev.weft.cluster.KubeClients;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LinkTiming;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// One [KubeApi] per cluster of a fabric (`gateway` and each zone), made on first use and kept.
/// Thread-safe.
final class Clusters implements AutoCloseable {
  private final Fabric fabric;
  private final KubeClients clients;
  private final Duration timeout;
  private final Map<String, KubeApi> open = new ConcurrentHashMap<>();

  Clusters(Fabric fabric, KubeconfigSource kubeconfig, Duration timeout) {
    this.fabric = fabric;
    LinkTiming base = LinkTiming.defaults();
    this.clients =
        new KubeClients(
            kubeconfig,
            new LinkTiming(
                base.tick(),
                base.idleBeforeProbe(),
                base.probeTimeout(),
                base.backoffBase(),
                base.backoffCap(),
                timeout));
    this.timeout = timeout;
  }

  /// The API of `cluster` (`gateway` or a zone name).
  KubeApi api(String cluster) throws ApiException {
    KubeApi api = open.get(cluster);
    if (api != null) {
      return api;
    }
    String context =
        ObjectRef.GATEWAY.equals(cluster)
            ? fabric.gateway().context()
            : fabric.zone(cluster).map(Zone::context).orElseThrow();
    synchronized (this) {
      api = open.get(cluster);
      if (api == null) {
        api = KubeApi.open(cluster, clients, context, timeout);
        open.put(cluster, api);
      }
      return api;
    }
  }

  KubeApi gateway() throws ApiException {
    return api(ObjectRef.GATEWAY);
  }

  @Override
  public void close() {
    open.clear();
    clients.close();
  }
}
