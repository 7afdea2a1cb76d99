package dev.weft.action;

import dev.weft.cluster.KubeClients;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LeanHttp;
import dev.weft.cluster.LinkTiming;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/// One [KubeApi] per cluster of a fabric (`gateway` and each zone), made on first use and kept.
/// For reading only, a context [LeanHttp] serves is reached with the JDK's client instead of
/// fabric8's (a one-shot `weft status` then loads no fabric8 client). Thread-safe.
final class Clusters implements AutoCloseable {
  private final Fabric fabric;
  private final KubeClients clients;
  private final Duration timeout;
  private final boolean lean;
  private final Map<String, KubeApi> open = new ConcurrentHashMap<>();
  private final List<LeanHttp> leanClients = new CopyOnWriteArrayList<>();

  Clusters(Fabric fabric, KubeconfigSource kubeconfig, Duration timeout) {
    this(fabric, kubeconfig, timeout, false);
  }

  /// @param lean whether contexts [LeanHttp] serves are reached with it (reading only)
  Clusters(Fabric fabric, KubeconfigSource kubeconfig, Duration timeout, boolean lean) {
    this.fabric = fabric;
    this.lean = lean;
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
        var http = lean ? LeanHttp.open(clients.kubeconfig(), context, timeout) : null;
        if (http != null && http.isPresent()) {
          leanClients.add(http.get());
          api = KubeApi.lean(cluster, context, http.get(), timeout);
        } else {
          api = KubeApi.open(cluster, clients, context, timeout);
        }
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
    leanClients.forEach(LeanHttp::close);
    clients.close();
  }
}
