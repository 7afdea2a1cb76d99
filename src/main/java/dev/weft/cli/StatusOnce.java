package dev.weft.cli;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.KubeClients;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LinkTiming;
import dev.weft.cluster.ListOnce;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Replayer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one-shot answer of `weft status`: every cluster read at once ([ListOnce]: one list per
/// kind, no informer, no watch), the changes replayed into the same model the window uses
/// ([Replayer]), so the table is the one a live model would show once synced.
///
/// Threading: [#read] blocks the calling thread until every cluster answered or the deadline
/// passed; each cluster is read on a virtual thread of its own, so a slow one delays no other.
final class StatusOnce {
  private static final Logger LOG = LoggerFactory.getLogger(StatusOnce.class);

  /// @param settled whether every cluster answered (or failed) before the deadline
  record Answer(FabricSnapshot snapshot, boolean settled) {}

  private StatusOnce() {}

  static Answer read(Fabric fabric, KubeconfigSource kubeconfig, Instant deadline, Duration close)
      throws InterruptedException {
    Clock clock = Clock.systemUTC();
    Instant start = clock.instant();
    Duration timeout = Duration.between(start, deadline);
    List<ListOnce> reads = new ArrayList<>();
    for (Zone zone : fabric.zones()) {
      reads.add(ListOnce.zone(zone.name(), zone.context(), zone.namespace()));
    }
    if (fabric.gateway() != null) {
      var g = fabric.gateway();
      reads.add(ListOnce.gateway(g.context(), g.namespace(), g.route()));
    }
    ConcurrentLinkedQueue<List<ClusterChange>> batches = new ConcurrentLinkedQueue<>();
    KubeClients clients = new KubeClients(kubeconfig, LinkTiming.defaults());
    boolean settled = true;
    try {
      List<Thread> threads = new ArrayList<>();
      for (ListOnce read : reads) {
        threads.add(
            Thread.ofVirtual()
                .name("weft-status-read")
                .start(
                    () -> {
                      try {
                        read.read(clients, LinkTiming.defaults(), clock, timeout, batches::add);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      } catch (RuntimeException e) {
                        LOG.debug("reading a cluster failed", e);
                      }
                    }));
      }
      for (Thread thread : threads) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || !thread.join(left)) {
          settled = false;
        }
      }
    } finally {
      Closing.within(clients, close);
    }
    Replayer replayer = new Replayer(fabric, start);
    FabricSnapshot snapshot = replayer.apply(List.of());
    for (List<ClusterChange> batch : batches) {
      snapshot = replayer.apply(batch);
    }
    // A cluster whose time ran out inside its read stays CONNECTING: it did not answer either.
    boolean answered =
        snapshot.zones().values().stream().allMatch(z -> answered(z.connection().phase()))
            && (fabric.gateway() == null || answered(snapshot.gateway().connection().phase()));
    return new Answer(snapshot, settled && answered);
  }

  private static boolean answered(ConnectionPhase phase) {
    return phase != ConnectionPhase.CONNECTING && phase != ConnectionPhase.SYNCING;
  }
}
