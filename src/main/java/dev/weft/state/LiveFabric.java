package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.ClusterLink;
import dev.weft.cluster.KubeClients;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.KubeconfigWatcher;
import dev.weft.cluster.LinkTiming;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The live model of a fabric: one [ClusterLink] per zone and one for the gateway, feeding one
/// model that publishes immutable [FabricSnapshot]s.
///
/// Threading contract:
/// - [#open] returns at once; connecting happens in the background.
/// - [#current] is a lock-free read of the latest snapshot; call it from any thread, the JavaFX
///   thread included.
/// - Listeners of [#onChange] run on the model's own applier thread after each applied batch;
///   they must return quickly and must not touch JavaFX. The UI pump sets a flag there and reads
///   [#current] at most once per frame (an `AnimationTimer`).
/// - [#awaitSettled] blocks; never call it on the JavaFX thread.
/// - Informer handlers only enqueue small change records; one applier thread drains the queue in
///   batches, keeps the latest change per object ([Coalescer]) and applies them to the model.
/// - A bad zone only changes its own connection state; it never delays the others.
public final class LiveFabric implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveFabric.class);
  private static final int MAX_BATCH = 20_000;

  /// Tuning for tests and benchmarks; [#defaults] for the app.
  ///
  /// @param tickEvery how often time-windowed figures are refreshed when nothing else changes
  /// @param leanCache informers keep only keys (`true`, always in the app); `false` keeps
  ///     fabric8's full-object cache, for the ingest benchmark's side-by-side run
  public record Options(LinkTiming timing, Clock clock, Duration tickEvery, boolean leanCache) {
    public Options(LinkTiming timing, Clock clock, Duration tickEvery) {
      this(timing, clock, tickEvery, true);
    }

    public static Options defaults() {
      return new Options(LinkTiming.defaults(), Clock.systemUTC(), Duration.ofSeconds(30));
    }
  }

  private final Fabric fabric;
  private final Options options;
  private final Instant startedAt;
  private final LinkedBlockingQueue<ClusterChange> queue = new LinkedBlockingQueue<>();
  private final FabricModel model;
  private final List<ClusterLink> links = new ArrayList<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final List<ChangeRecorder> recorders = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService scheduler;
  private final KubeClients clients;
  private final KubeconfigWatcher kubeconfigWatcher;
  private final Thread applier;
  private final Object settledLock = new Object();
  private volatile FabricSnapshot current;
  private volatile boolean closed;

  private LiveFabric(Fabric fabric, KubeconfigSource kubeconfig, Options options) {
    this.fabric = fabric;
    this.options = options;
    this.startedAt = options.clock().instant();
    this.model = new FabricModel(fabric, startedAt);
    this.current = model.snapshot();
    this.scheduler =
        Executors.newScheduledThreadPool(
            2, Thread.ofPlatform().name("weft-links-", 0).daemon().factory());
    this.clients = new KubeClients(kubeconfig, options.timing());
    this.kubeconfigWatcher = new KubeconfigWatcher(kubeconfig);
    for (Zone zone : fabric.zones()) {
      links.add(
          ClusterLink.zone(
              zone.name(),
              clients,
              zone.context(),
              zone.namespace(),
              options.timing(),
              options.leanCache(),
              queue::add,
              options.clock(),
              scheduler));
    }
    if (fabric.gateway() != null) {
      links.add(
          ClusterLink.gateway(
              clients,
              fabric.gateway().context(),
              fabric.gateway().namespace(),
              fabric.gateway().route(),
              options.timing(),
              queue::add,
              options.clock(),
              scheduler));
    }
    this.applier = Thread.ofPlatform().name("weft-applier").daemon().unstarted(this::applyLoop);
  }

  /// Opens the live model of `fabric` with the contexts of `kubeconfig`.
  public static LiveFabric open(Fabric fabric, KubeconfigSource kubeconfig) {
    return open(fabric, kubeconfig, Options.defaults());
  }

  public static LiveFabric open(Fabric fabric, KubeconfigSource kubeconfig, Options options) {
    return open(fabric, kubeconfig, options, null);
  }

  /// Opens the model with `recorder` subscribed before the first change, so that the recording
  /// replays from [#startedAt] to every snapshot the model published.
  public static LiveFabric open(
      Fabric fabric, KubeconfigSource kubeconfig, Options options, ChangeRecorder recorder) {
    LiveFabric live = new LiveFabric(fabric, kubeconfig, options);
    if (recorder != null) {
      live.recorders.add(recorder);
      recorder.keyframe(live.model.export());
    }
    live.applier.start();
    for (ClusterLink link : live.links) {
      live.scheduler.execute(link::start);
    }
    long tick = options.tickEvery().toMillis();
    live.scheduler.scheduleWithFixedDelay(
        () -> live.queue.add(new ClusterChange.ClockTicked("@clock", options.clock().instant())),
        tick,
        tick,
        TimeUnit.MILLISECONDS);
    live.scheduler.scheduleWithFixedDelay(live::watchKubeconfig, 1, 1, TimeUnit.SECONDS);
    return live;
  }

  /// Re-reads the kubeconfig when a file changed and reconnects the links whose context now
  /// resolves differently, on a thread of their own (reading files, maybe running a plugin).
  private void watchKubeconfig() {
    try {
      if (!closed && kubeconfigWatcher.poll()) {
        LOG.info("kubeconfig changed; reconnecting the zones whose context changed");
        Thread.ofVirtual()
            .name("weft-kubeconfig-reload")
            .start(() -> links.forEach(ClusterLink::reloadIfChanged));
      }
    } catch (RuntimeException e) {
      // A scheduled task that throws is cancelled for good: say so rather than stop watching.
      LOG.warn("watching the kubeconfig failed: {}", e.toString());
    }
  }

  /// The session's clients, one per kubeconfig context, shared with pod logs.
  public KubeClients clients() {
    return clients;
  }

  public Fabric fabric() {
    return fabric;
  }

  /// When the model started: the `start` a [Replayer] of this model's recording needs.
  public Instant startedAt() {
    return startedAt;
  }

  /// The latest snapshot. Lock-free, never blocks.
  public FabricSnapshot current() {
    return current;
  }

  /// Calls `listener` on the applier thread after every applied batch ("something changed").
  public Subscription onChange(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /// Hands every applied batch to `recorder`, from now on; its first keyframe comes with the
  /// next clock tick (batches before it cannot be replayed and are the recorder's to drop).
  public Subscription record(ChangeRecorder recorder) {
    recorders.add(recorder);
    return () -> recorders.remove(recorder);
  }

  /// Blocks until no zone (nor the gateway) is still connecting or syncing, or `timeout` passes.
  /// @return whether every connection settled (LIVE or failed) in time
  public boolean awaitSettled(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (settledLock) {
      while (!settled(current)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(settledLock, left);
      }
      return true;
    }
  }

  static boolean settled(FabricSnapshot snapshot) {
    boolean zones =
        snapshot.zones().values().stream().allMatch(z -> settled(z.connection().phase()));
    return zones && settled(snapshot.gateway().connection().phase());
  }

  private static boolean settled(ConnectionPhase phase) {
    return phase != ConnectionPhase.CONNECTING && phase != ConnectionPhase.SYNCING;
  }

  private void applyLoop() {
    List<ClusterChange> drained = new ArrayList<>();
    while (!closed) {
      try {
        drained.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(drained, MAX_BATCH);
      List<ClusterChange> batch = Coalescer.coalesce(drained);
      drained.clear();
      try {
        batch.forEach(model::apply);
        FabricSnapshot snapshot = model.snapshot();
        current = snapshot;
        boolean ticked = batch.stream().anyMatch(ClusterChange.ClockTicked.class::isInstance);
        for (ChangeRecorder recorder : recorders) {
          recorder.recorded(batch, snapshot, model.derived());
          if (ticked && recorder.wantsKeyframe()) {
            recorder.keyframe(model.export());
          }
        }
      } catch (RuntimeException e) {
        LOG.error("applying {} changes failed", batch.size(), e);
        continue;
      }
      synchronized (settledLock) {
        settledLock.notifyAll();
      }
      for (Runnable listener : listeners) {
        try {
          listener.run();
        } catch (RuntimeException e) {
          LOG.warn("a change listener failed", e);
        }
      }
    }
  }

  /// Closes every connection. May block briefly while HTTP clients shut down: call it off the
  /// JavaFX thread.
  @Override
  public void close() {
    closed = true;
    links.forEach(ClusterLink::close);
    scheduler.shutdownNow();
    clients.close();
    applier.interrupt();
  }
}
