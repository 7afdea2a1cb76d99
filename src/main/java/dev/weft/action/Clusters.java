package dev.weft.action;

import dev.weft.cluster.KubeClients;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LeanClients;
import dev.weft.cluster.LinkTiming;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// One [KubeApi] per cluster of a fabric (`gateway` and each zone), made on first use and kept.
/// For reading only, a context the lean clients ([LeanClients]) serve is reached with the JDK's
/// client instead of fabric8's (a one-shot `weft status` then loads no fabric8 client).
/// Thread-safe.
final class Clusters implements AutoCloseable {
  private final Fabric fabric;
  private final KubeClients clients;
  private final Duration timeout;
  private final LeanClients lean;
  private final boolean ownsLean;
  private final Map<String, KubeApi> open = new ConcurrentHashMap<>();

  Clusters(Fabric fabric, KubeconfigSource kubeconfig, Duration timeout) {
    this(fabric, kubeconfig, timeout, null, false);
  }

  /// @param lean the clients of contexts the lean path serves (reading only), or null
  /// @param ownsLean whether [#close] closes `lean` (else whoever made it does)
  Clusters(
      Fabric fabric,
      KubeconfigSource kubeconfig,
      Duration timeout,
      LeanClients lean,
      boolean ownsLean) {
    this.fabric = fabric;
    this.lean = lean;
    this.ownsLean = ownsLean;
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
        var http =
            lean != null
                ? lean.get(context)
                : java.util.Optional.<dev.weft.cluster.LeanHttp>empty();
        if (http.isPresent()) {
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
    if (ownsLean) {
      lean.close();
    }
    clients.close();
  }
}
