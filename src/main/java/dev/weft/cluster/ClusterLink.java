package dev.weft.cluster;

import dev.weft.cluster.ClusterChange.LinkChanged;
import dev.weft.cluster.ClusterChange.Resynced;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One connection to one cluster (a zone, or the gateway): the context's shared client from
/// [KubeClients], informers with [KeyOnlyStore]s, health probes, and reconnects with jittered
/// exponential backoff. After every (re)connect a full list ends in a [Resynced] change, so
/// deletes missed while away are applied and no ghost remains.
///
/// Phases: CONNECTING → SYNCING → LIVE; a live server whose probes answer slowly is SLOW, one
/// whose new requests fail (500, 429) while its watches stay open is DEGRADED; any failure →
/// LOST / UNAUTHORIZED / FORBIDDEN, then a retry after backoff (→ SYNCING → LIVE); a context
/// that cannot give a client (missing, broken credentials, bad address) → MISCONFIGURED, tried
/// again only when the kubeconfig changes ([#reloadIfChanged]).
///
/// Threading: every method returns at once. Credentials resolve on a thread of this link's own
/// (an exec plugin may take seconds), never on the shared scheduler. Changes go to the `sink`
/// from fabric8's, the scheduler's and that thread; the sink must not block. Every task this
/// link runs reports its own failure as a phase: none is swallowed.
public final class ClusterLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterLink.class);
  /// A zone with events flowing is still probed this often: its watches say nothing about how
  /// its server answers new requests.
  private static final long PROBE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final String source;
  private final KubeClients clients;
  private final String context;
  private final String namespace;
  private final List<Watch<?>> watches;
  private final LinkTiming timing;
  private final Consumer<ClusterChange> sink;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final boolean leanCache;

  private final Object lock = new Object();
  private KubeClients.Opened.Client client;
  private String server = "?";
  private int generation;
  private List<SharedIndexInformer<?>> informers = List.of();
  private LinkPhase phase = LinkPhase.CONNECTING;
  private String reason = "";
  private LinkPhase lastEmitted;
  private int attempt;
  private boolean everLive;
  private boolean closed;
  private boolean probing;
  private long probeStartedNanos;
  private long lastProbeNanos;
  private int probeTurn;
  private int quietWatchTicks;
  private long lastLatencyReportNanos;
  private Thread resolving;
  /// Counts the reasons to resolve credentials again (kubeconfig changed, 401).
  private int credentialEpoch;
  private volatile long lastHeardNanos = System.nanoTime();
  /// Names the handlers have delivered in the current generation, by kind: LIVE waits until
  /// every listed object has reached the model (fabric8 notifies handlers on its own thread).
  private volatile Map<ObjectKind, Set<String>> delivered =
      new java.util.concurrent.ConcurrentHashMap<>();
  private ScheduledFuture<?> ticker;

  ClusterLink(
      String source,
      KubeClients clients,
      String context,
      String namespace,
      List<Watch<?>> watches,
      LinkTiming timing,
      boolean leanCache,
      Consumer<ClusterChange> sink,
      Clock clock,
      ScheduledExecutorService scheduler) {
    this.leanCache = leanCache;
    this.source = source;
    this.clients = clients;
    this.context = context;
    this.namespace = namespace;
    this.watches = watches;
    this.timing = timing;
    this.sink = sink;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /// A link watching a zone's pods, deployments, warning events and services in `namespace`.
  ///
  /// @param leanCache keep only keys in the informers' stores ([KeyOnlyStore]); `false` keeps
  ///     fabric8's default full-object cache (for the ingest benchmark's comparison)
  public static ClusterLink zone(
      String zone,
      KubeClients clients,
      String context,
      String namespace,
      LinkTiming timing,
      boolean leanCache,
      Consumer<ClusterChange> sink,
      Clock clock,
      ScheduledExecutorService scheduler) {
    return new ClusterLink(
        zone, clients, context, namespace, Watch.zone(), timing, leanCache, sink, clock, scheduler);
  }

  /// A link watching the gateway's HTTPRoute `route` in `namespace`.
  public static ClusterLink gateway(
      KubeClients clients,
      String context,
      String namespace,
      String route,
      LinkTiming timing,
      Consumer<ClusterChange> sink,
      Clock clock,
      ScheduledExecutorService scheduler) {
    return new ClusterLink(
        ClusterChange.GATEWAY,
        clients,
        context,
        namespace,
        Watch.gateway(route),
        timing,
        true,
        sink,
        clock,
        scheduler);
  }

  /// Starts connecting in the background.
  public void start() {
    emit(LinkPhase.CONNECTING, "", null);
    long tick = timing.tick().toMillis();
    synchronized (lock) {
      ticker =
          scheduler.scheduleWithFixedDelay(guarded(this::tick), tick, tick, TimeUnit.MILLISECONDS);
    }
    guarded(this::connect).run();
  }

  /// Connects again when the kubeconfig now resolves this link's context differently (a demo
  /// restarted on new ports, a refreshed cloud login). Blocks while reading files: call it off
  /// the UI thread.
  public void reloadIfChanged() {
    KubeClients.Opened.Client old;
    synchronized (lock) {
      if (closed) {
        return;
      }
      old = client;
    }
    boolean changed =
        old == null
            ? phase() == LinkPhase.MISCONFIGURED
            : clients.changed(context, old.fingerprint());
    if (!changed) {
      return;
    }
    List<SharedIndexInformer<?>> stopped;
    synchronized (lock) {
      if (closed) {
        return;
      }
      generation++;
      stopped = informers;
      informers = List.of();
      client = null;
      credentialEpoch++;
      attempt = 0;
      phase = LinkPhase.CONNECTING;
    }
    stopped.forEach(SharedIndexInformer::stop);
    if (old != null) {
      clients.forget(context, old);
    }
    emit(LinkPhase.CONNECTING, "kubeconfig changed; connecting again", null);
    connect();
  }

  /// Gets the context's client on this link's own thread, then probes. While a resolve runs,
  /// further connects wait for it; a resolve that a kubeconfig change or a 401 made outdated
  /// ([#credentialEpoch]) starts over instead of using what it found.
  private void connect() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      if (client != null) {
        probeThenList(++generation, client);
        return;
      }
      if (resolving != null && resolving.isAlive()) {
        return;
      }
      int epoch = credentialEpoch;
      resolving =
          Thread.ofPlatform()
              .daemon()
              .name("weft-credentials-" + source)
              .start(() -> resolve(epoch));
    }
  }

  private void resolve(int epoch) {
    KubeClients.Opened opened;
    try {
      opened = clients.open(context);
    } catch (InterruptedException e) {
      return;
    } catch (RuntimeException e) {
      opened =
          new KubeClients.Opened.Misconfigured(
              "cannot make a client for context '"
                  + context
                  + "' ("
                  + e.getClass().getSimpleName()
                  + ")");
    }
    int gen;
    synchronized (lock) {
      if (closed) {
        return;
      }
      resolving = null;
      if (epoch != credentialEpoch) {
        if (opened instanceof KubeClients.Opened.Client c) {
          clients.forget(context, c);
        }
        scheduler.execute(guarded(this::connect));
        return;
      }
      gen = ++generation;
      if (opened instanceof KubeClients.Opened.Client c) {
        client = c;
        server = c.server();
      } else {
        phase = LinkPhase.MISCONFIGURED;
      }
    }
    switch (opened) {
      case KubeClients.Opened.Misconfigured m -> emit(LinkPhase.MISCONFIGURED, m.reason(), null);
      case KubeClients.Opened.Client c -> probeThenList(gen, c);
    }
  }

  private void probeThenList(int gen, KubeClients.Opened.Client c) {
    Duration timeout;
    synchronized (lock) {
      timeout = everLive ? timing.connectProbeTimeout(attempt) : timing.lostAfter();
    }
    HealthProbe.version(c, timeout)
        .whenComplete(
            (latency, error) -> {
              if (error != null) {
                fail(gen, error);
              } else {
                guarded(() -> startInformers(gen, c, latency)).run();
              }
            });
  }

  private void startInformers(int gen, KubeClients.Opened.Client c, Duration latency) {
    List<SharedIndexInformer<?>> started = new ArrayList<>();
    synchronized (lock) {
      if (closed || gen != generation) {
        return;
      }
      delivered = new java.util.concurrent.ConcurrentHashMap<>();
      for (Watch<?> watch : watches) {
        started.add(Informers.create(c.client(), namespace, watch, leanCache, this, gen));
      }
      informers = started;
      phase = LinkPhase.SYNCING;
    }
    emit(LinkPhase.SYNCING, "", latency);
    CompletableFuture<?>[] starts =
        started.stream()
            .map(i -> i.start().toCompletableFuture())
            .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(starts)
        .orTimeout(timing.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((ignored, error) -> synced(gen, started, error));
  }

  private void synced(int gen, List<SharedIndexInformer<?>> started, Throwable e) {
    if (e != null) {
      fail(gen, e);
      return;
    }
    Map<ObjectKind, Set<String>> names = new EnumMap<>(ObjectKind.class);
    synchronized (lock) {
      if (closed || gen != generation) {
        return;
      }
      for (int i = 0; i < watches.size(); i++) {
        names.put(watches.get(i).kind(), names(started.get(i)));
      }
    }
    whenDelivered(gen, names, System.nanoTime() + timing.requestTimeout().toNanos(), started);
  }

  /// Goes LIVE once the handlers delivered every listed object (or the request timeout passed),
  /// so a zone is never LIVE with objects still on their way to the model.
  private void whenDelivered(
      int gen,
      Map<ObjectKind, Set<String>> names,
      long deadline,
      List<SharedIndexInformer<?>> started) {
    Map<ObjectKind, Set<String>> seen = delivered;
    boolean all =
        names.entrySet().stream()
            .allMatch(e -> seen.getOrDefault(e.getKey(), Set.of()).containsAll(e.getValue()));
    if (!all && System.nanoTime() < deadline) {
      scheduler.schedule(
          guarded(() -> whenDelivered(gen, names, deadline, started)), 20, TimeUnit.MILLISECONDS);
      return;
    }
    synchronized (lock) {
      if (closed || gen != generation) {
        return;
      }
      phase = LinkPhase.LIVE;
      everLive = true;
      attempt = 0;
      quietWatchTicks = 0;
      lastProbeNanos = System.nanoTime();
    }
    heard();
    sink.accept(new Resynced(source, clock.instant(), names));
    emit(LinkPhase.LIVE, "", null);
    for (SharedIndexInformer<?> informer : started) {
      informer
          .stopped()
          .whenComplete(
              (v, error) -> {
                if (error != null) {
                  fail(gen, error);
                }
              });
    }
  }

  private static Set<String> names(SharedIndexInformer<?> informer) {
    Set<String> names = new java.util.HashSet<>();
    for (String key : informer.getStore().listKeys()) {
      names.add(key.substring(key.indexOf('/') + 1));
    }
    return names;
  }

  /// Called by informer handlers, on fabric8's threads: `name` of `kind` reached the handler.
  void seen(int gen, ObjectKind kind, String name) {
    if (gen == currentGeneration()) {
      delivered
          .computeIfAbsent(kind, k -> java.util.concurrent.ConcurrentHashMap.newKeySet())
          .add(name);
    }
  }

  /// Called by informer handlers, on fabric8's threads.
  void deliver(int gen, ClusterChange change) {
    heard();
    if (change != null && gen == currentGeneration()) {
      sink.accept(change);
    }
  }

  void fail(int gen, Throwable error) {
    Throwable cause = unwrap(error);
    Failure failure = Failure.classify(cause, server());
    List<SharedIndexInformer<?>> old;
    KubeClients.Opened.Client refused = null;
    Duration delay;
    synchronized (lock) {
      if (closed || gen != generation) {
        return;
      }
      generation++;
      old = informers;
      informers = List.of();
      delay =
          failure.phase() == LinkPhase.SYNCING
              ? timing.backoffBase()
              : timing.backoff(attempt++, ThreadLocalRandom.current().nextDouble());
      phase = failure.phase();
      if (failure.phase() == LinkPhase.UNAUTHORIZED) {
        // Expired or revoked credentials: the next attempt resolves them again (an exec
        // plugin gives a fresh token).
        refused = client;
        client = null;
        credentialEpoch++;
      }
    }
    LOG.debug("{}: {} ({}); retrying in {} ms", source, failure.reason(), cause, delay.toMillis());
    old.forEach(SharedIndexInformer::stop);
    if (refused != null) {
      clients.forget(context, refused);
    }
    emit(failure.phase(), failure.reason(), null);
    scheduler.schedule(guarded(this::connect), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static boolean connected(LinkPhase p) {
    return p == LinkPhase.LIVE || p == LinkPhase.SLOW || p == LinkPhase.DEGRADED;
  }

  private void tick() {
    String slowSince = null;
    int gen;
    boolean watching;
    KubeClients.Opened.Client c;
    long now = System.nanoTime();
    synchronized (lock) {
      if (closed || !connected(phase)) {
        return;
      }
      if (probing) {
        if (phase != LinkPhase.SLOW && now - probeStartedNanos > timing.slowAfter().toNanos()) {
          phase = LinkPhase.SLOW;
          slowSince = "no answer to a probe for " + seconds(timing.slowAfter()) + " from " + server;
        }
      }
    }
    if (slowSince != null) {
      emit(LinkPhase.SLOW, slowSince, timing.slowAfter());
    }
    synchronized (lock) {
      if (closed || !connected(phase) || probing) {
        return;
      }
      gen = generation;
      c = client;
      watching = informers.stream().allMatch(SharedIndexInformer::isWatching);
      quietWatchTicks = watching ? 0 : quietWatchTicks + 1;
    }
    long idle = now - lastHeardNanos;
    boolean due = now - lastProbeNanos >= PROBE_EVERY_NANOS;
    if (idle < timing.idleBeforeProbe().toNanos()
        && watching
        && !due
        && phase() == LinkPhase.LIVE) {
      return;
    }
    Watch<?> listed;
    synchronized (lock) {
      probing = true;
      probeStartedNanos = now;
      lastProbeNanos = now;
      listed = watches.get(probeTurn++ % watches.size());
    }
    Duration timeout = timing.lostAfter();
    HealthProbe.version(c, timeout)
        .thenCompose(
            latency -> HealthProbe.list(c, namespace, listed, timeout).thenApply(l -> latency))
        .whenComplete((latency, error) -> guarded(() -> probed(gen, latency, error)).run());
  }

  private void probed(int gen, Duration latency, Throwable error) {
    int quietTicks;
    synchronized (lock) {
      probing = false;
      quietTicks = quietWatchTicks;
    }
    if (error != null) {
      Throwable cause = unwrap(error);
      if (cause instanceof HealthProbe.Refused r
          && r.code != 401
          && r.code != 403
          && quietTicks == 0) {
        // The server fails new requests while its watches still deliver: what Weft shows is
        // live, but the server is not well.
        settle(
            gen, LinkPhase.DEGRADED, "new requests answered " + r.code + " at " + server(), null);
        return;
      }
      fail(gen, error);
      return;
    }
    heard();
    if (quietTicks * timing.tick().toMillis() > 2 * timing.probeTimeout().toMillis()) {
      // The server answers but a watch stays down: relist from scratch.
      fail(gen, new java.nio.channels.ClosedChannelException());
    } else if (latency.compareTo(timing.slowAfter()) >= 0) {
      settle(gen, LinkPhase.SLOW, "API answers in " + seconds(latency), latency);
    } else {
      settle(gen, LinkPhase.LIVE, "", latency);
    }
  }

  /// Moves between LIVE, SLOW and DEGRADED; reports a latency alone at most every 5 s.
  private void settle(int gen, LinkPhase next, String why, Duration latency) {
    long now = System.nanoTime();
    synchronized (lock) {
      if (closed || gen != generation || !connected(phase)) {
        return;
      }
      boolean same = next == phase && why.equals(reason);
      if (same && now - lastLatencyReportNanos < TimeUnit.SECONDS.toNanos(5)) {
        return;
      }
      phase = next;
      reason = why;
      lastLatencyReportNanos = now;
    }
    emit(next, why, latency);
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  /// Runs `task`, turning anything it throws into this link's failure instead of losing it in
  /// an executor (a scheduled task that throws is silently cancelled).
  private Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        LOG.debug("{}: internal failure", source, e);
        fail(currentGeneration(), e);
      }
    };
  }

  String source() {
    return source;
  }

  java.time.Instant now() {
    return clock.instant();
  }

  private void heard() {
    lastHeardNanos = System.nanoTime();
  }

  private int currentGeneration() {
    synchronized (lock) {
      return generation;
    }
  }

  private String server() {
    synchronized (lock) {
      return server;
    }
  }

  private void emit(LinkPhase newPhase, String why, Duration latency) {
    boolean changed;
    synchronized (lock) {
      changed = !why.equals(reason) || newPhase != lastEmitted;
      reason = why;
      lastEmitted = newPhase;
    }
    if (changed) {
      // One line per state change, shown with --verbose; the failure's trace only at debug.
      LOG.info("{}: {}{}", source, newPhase, why.isEmpty() ? "" : " (" + why + ")");
    }
    sink.accept(new LinkChanged(source, clock.instant(), newPhase, why, latency));
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /// The current phase, for tests and diagnostics.
  public LinkPhase phase() {
    synchronized (lock) {
      return phase;
    }
  }

  /// Stops the informers and ends a credential plugin still running; the shared client stays
  /// with [KubeClients], which closes it.
  @Override
  public void close() {
    List<SharedIndexInformer<?>> old;
    Thread credentials;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      old = informers;
      informers = List.of();
      credentials = resolving;
      if (ticker != null) {
        ticker.cancel(false);
      }
    }
    if (credentials != null) {
      credentials.interrupt();
    }
    old.forEach(SharedIndexInformer::stop);
  }
}
