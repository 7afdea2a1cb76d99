package dev.weft.cli;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.KubeClients;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LeanClients;
import dev.weft.cluster.LeanListOnce;
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
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/// The one-shot answer of `weft status`: every cluster read at once ([ListOnce]: one list per
/// kind, no informer, no watch), the changes replayed into the same model the window uses
/// ([Replayer]), so the table is the one a live model would show once synced.
///
/// Threading: [#read] blocks the calling thread until every cluster answered or the deadline
/// passed; each cluster is read on a virtual thread of its own, so a slow one delays no other.
final class StatusOnce {

  /// @param settled whether every cluster answered (or failed) before the deadline
  record Answer(FabricSnapshot snapshot, boolean settled) {}

  private StatusOnce() {}

  /// How long the lean clients may take to connect, for a one-shot answer within `timeout`.
  /// The JDK counts a TLS handshake in its connect timeout: on a loaded machine a cold start's
  /// first handshake takes seconds, so give it most of the time a one-shot answer may take.
  static Duration connectTimeout(Duration timeout) {
    Duration probe = LinkTiming.defaults().probeTimeout();
    Duration most = timeout.multipliedBy(4).dividedBy(5);
    return most.compareTo(probe) < 0 ? probe : most;
  }

  /// Reads every cluster of `fabric` once: contexts the lean path serves through `leanClients`
  /// (the caller's, left open: it may still read over them), the rest through fabric8.
  static Answer read(
      Fabric fabric,
      KubeconfigSource kubeconfig,
      LeanClients leanClients,
      Instant deadline,
      Duration close)
      throws InterruptedException {
    Clock clock = Clock.systemUTC();
    Instant start = clock.instant();
    Duration timeout = Duration.between(start, deadline);
    LinkTiming timing = LinkTiming.defaults();
    // The lean path (JDK HTTP client, JSON trees) where the context allows it; fabric8's client
    // (made only when some context needs it) for the rest.
    // Each cluster's client is made on its own thread too (TLS set-up): in parallel.
    List<Supplier<Read>> reads = new ArrayList<>();
    Lazy clients = new Lazy(kubeconfig, timing);
    for (Zone zone : fabric.zones()) {
      reads.add(
          () ->
              LeanListOnce.zone(leanClients, zone.name(), zone.context(), zone.namespace())
                  .<Read>map(lean -> new Read.Lean(lean))
                  .orElseGet(
                      () ->
                          new Read.Fabric8(
                              ListOnce.zone(zone.name(), zone.context(), zone.namespace()),
                              clients)));
    }
    if (fabric.gateway() != null) {
      var g = fabric.gateway();
      reads.add(
          () ->
              LeanListOnce.gateway(leanClients, g.context(), g.namespace(), g.route())
                  .<Read>map(lean -> new Read.Lean(lean))
                  .orElseGet(
                      () ->
                          new Read.Fabric8(
                              ListOnce.gateway(g.context(), g.namespace(), g.route()), clients)));
    }
    List<Read> made = new java.util.concurrent.CopyOnWriteArrayList<>();
    ConcurrentLinkedQueue<List<ClusterChange>> batches = new ConcurrentLinkedQueue<>();
    List<List<ClusterChange>> arrived = new ArrayList<>();
    boolean settled = true;
    try {
      List<Thread> threads = new ArrayList<>();
      for (Supplier<Read> supplier : reads) {
        threads.add(
            Thread.ofVirtual()
                .name("weft-status-read")
                .start(
                    () -> {
                      try {
                        Read read = supplier.get();
                        made.add(read);
                        read.read(timing, clock, timeout, batches::add);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      } catch (RuntimeException e) {
                        // Got only when needed: starting logging (logback reads its XML
                        // configuration) costs a one-shot answer a noticeable part of a second.
                        LoggerFactory.getLogger(StatusOnce.class)
                            .debug("reading a cluster failed", e);
                      }
                    }));
      }
      for (Thread thread : threads) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || !thread.join(left)) {
          settled = false;
        }
      }
      // What arrived by the deadline: closing the clients below fails the requests still out,
      // and a cluster that did not answer in time is still connecting, not unreachable.
      arrived.addAll(batches);
    } finally {
      for (Read read : made) {
        if (read instanceof Read.Lean lean) {
          lean.read().close();
        }
      }
      clients.close(close);
    }
    Replayer replayer = new Replayer(fabric, start);
    FabricSnapshot snapshot = replayer.apply(List.of());
    for (List<ClusterChange> batch : arrived) {
      snapshot = replayer.apply(batch);
    }
    // A cluster whose time ran out inside its read stays CONNECTING: it did not answer either.
    boolean answered =
        snapshot.zones().values().stream().allMatch(z -> answered(z.connection().phase()))
            && (fabric.gateway() == null || answered(snapshot.gateway().connection().phase()));
    return new Answer(snapshot, settled && answered);
  }

  /// One cluster's read, lean or through fabric8.
  private sealed interface Read {
    void read(LinkTiming timing, Clock clock, Duration timeout, Consumer<List<ClusterChange>> sink)
        throws InterruptedException;

    record Lean(LeanListOnce read) implements Read {
      @Override
      public void read(
          LinkTiming timing, Clock clock, Duration timeout, Consumer<List<ClusterChange>> sink)
          throws InterruptedException {
        read.read(timing, clock, timeout, sink);
      }
    }

    record Fabric8(ListOnce read, Lazy clients) implements Read {
      @Override
      public void read(
          LinkTiming timing, Clock clock, Duration timeout, Consumer<List<ClusterChange>> sink)
          throws InterruptedException {
        read.read(clients.get(), timing, clock, timeout, sink);
      }
    }
  }

  /// fabric8's clients, made on first use: a fabric the lean path serves entirely never loads
  /// fabric8's client (Vert.x, Netty) at all.
  private static final class Lazy {
    private final KubeconfigSource kubeconfig;
    private final LinkTiming timing;
    private KubeClients clients;

    Lazy(KubeconfigSource kubeconfig, LinkTiming timing) {
      this.kubeconfig = kubeconfig;
      this.timing = timing;
    }

    synchronized KubeClients get() {
      if (clients == null) {
        clients = new KubeClients(kubeconfig, timing);
      }
      return clients;
    }

    void close(Duration within) {
      KubeClients made;
      synchronized (this) {
        made = clients;
      }
      if (made != null) {
        Closing.within(made, within);
      }
    }
  }

  private static boolean answered(ConnectionPhase phase) {
    return phase != ConnectionPhase.CONNECTING && phase != ConnectionPhase.SYNCING;
  }
}
