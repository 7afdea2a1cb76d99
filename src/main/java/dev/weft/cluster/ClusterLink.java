package dev.weft.cluster;

import dev.weft.cluster.ClusterChange.LinkChanged;
import dev.weft.cluster.ClusterChange.Resynced;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.net.URI;
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

/// One connection to one cluster (a zone, or the gateway): a fabric8 client from a kubeconfig
/// context, informers with [KeyOnlyStore]s, a probe when the server goes quiet, and reconnects
/// with jittered exponential backoff. After every (re)connect a full list ends in a [Resynced]
/// change, so deletes missed while away are applied and no ghost remains.
///
/// Phases: CONNECTING → SYNCING → LIVE; any failure → LOST / UNAUTHORIZED / FORBIDDEN, then a
/// retry after backoff (→ SYNCING → LIVE); a missing context → MISCONFIGURED, never retried.
///
/// Threading: every method returns at once. Changes go to the `sink` from fabric8's and the
/// scheduler's threads; the sink must not block. One bad link never touches another's threads.
public final class ClusterLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterLink.class);

  private final String source;
  private final KubeconfigSource kubeconfig;
  private final String context;
  private final String namespace;
  private final List<Watch<?>> watches;
  private final LinkTiming timing;
  private final Consumer<ClusterChange> sink;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;

  private final Object lock = new Object();
  private KubernetesClient client;
  private URI versionUri;
  private String server = "?";
  private int generation;
  private List<SharedIndexInformer<?>> informers = List.of();
  private final boolean leanCache;
  private LinkPhase phase = LinkPhase.CONNECTING;
  private int attempt;
  private boolean closed;
  private boolean probing;
  private int quietWatchTicks;
  private long lastLatencyReportNanos;
  private volatile long lastHeardNanos = System.nanoTime();
  private ScheduledFuture<?> ticker;

  private ClusterLink(
      String source,
      KubeconfigSource kubeconfig,
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
    this.kubeconfig = kubeconfig;
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
      KubeconfigSource kubeconfig,
      String context,
      String namespace,
      LinkTiming timing,
      boolean leanCache,
      Consumer<ClusterChange> sink,
      Clock clock,
      ScheduledExecutorService scheduler) {
    return new ClusterLink(
        zone,
        kubeconfig,
        context,
        namespace,
        Watch.zone(),
        timing,
        leanCache,
        sink,
        clock,
        scheduler);
  }

  /// A link watching the gateway's HTTPRoute `route` in `namespace`.
  public static ClusterLink gateway(
      KubeconfigSource kubeconfig,
      String context,
      String namespace,
      String route,
      LinkTiming timing,
      Consumer<ClusterChange> sink,
      Clock clock,
      ScheduledExecutorService scheduler) {
    return new ClusterLink(
        ClusterChange.GATEWAY,
        kubeconfig,
        context,
        namespace,
        Watch.gateway(route),
        timing,
        true,
        sink,
        clock,
        scheduler);
  }

  /// Resolves the context and starts connecting in the background.
  public void start() {
    emit(LinkPhase.CONNECTING, "", null);
    Config config;
    switch (ContextResolver.resolve(kubeconfig, context)) {
      case ContextResolver.Result.Misconfigured m -> {
        synchronized (lock) {
          phase = LinkPhase.MISCONFIGURED;
        }
        emit(LinkPhase.MISCONFIGURED, m.reason(), null);
        return;
      }
      case ContextResolver.Result.Resolved r -> config = r.config();
    }
    try {
      configure(config);
    } catch (RuntimeException e) {
      // A kubeconfig entry fabric8 cannot turn into a client (bad URL, unreadable cert file).
      synchronized (lock) {
        phase = LinkPhase.MISCONFIGURED;
      }
      emit(
          LinkPhase.MISCONFIGURED,
          "cannot make a client for context '"
              + context
              + "' ("
              + e.getClass().getSimpleName()
              + ")",
          null);
      return;
    }
    scheduler.execute(this::connect);
  }

  private void configure(Config config) {
    // Weft owns retries and timeouts: fabric8's own retries would hide a dead zone for minutes.
    config.setRequestRetryBackoffLimit(0);
    config.setRequestTimeout((int) timing.requestTimeout().toMillis());
    config.setWatchReconnectInterval((int) timing.backoffBase().toMillis());
    String master =
        config.getMasterUrl().endsWith("/") ? config.getMasterUrl() : config.getMasterUrl() + "/";
    synchronized (lock) {
      versionUri = URI.create(master).resolve("version");
      server = versionUri.getHost() + ":" + versionUri.getPort();
      client =
          new KubernetesClientBuilder()
              .withConfig(config)
              .withHttpClientBuilderConsumer(
                  b -> b.connectTimeout(timing.probeTimeout().toMillis(), TimeUnit.MILLISECONDS))
              .build();
      long tick = timing.tick().toMillis();
      ticker = scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }
  }

  private void connect() {
    int gen;
    synchronized (lock) {
      if (closed) {
        return;
      }
      gen = ++generation;
    }
    probe(timing.requestTimeout())
        .whenComplete(
            (latency, error) -> {
              if (error != null) {
                fail(gen, error);
              } else {
                startInformers(gen, latency);
              }
            });
  }

  private void startInformers(int gen, Duration latency) {
    List<SharedIndexInformer<?>> started = new ArrayList<>();
    synchronized (lock) {
      if (closed || gen != generation) {
        return;
      }
      for (Watch<?> watch : watches) {
        started.add(Informers.create(client, namespace, watch, leanCache, this, gen));
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
      phase = LinkPhase.LIVE;
      attempt = 0;
      quietWatchTicks = 0;
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

  /// Called by informer handlers, on fabric8's threads.
  void deliver(int gen, ClusterChange change) {
    heard();
    if (change != null && gen == currentGeneration()) {
      sink.accept(change);
    }
  }

  void fail(int gen, Throwable error) {
    Throwable cause = unwrap(error);
    Failure failure = Failure.classify(cause, server);
    List<SharedIndexInformer<?>> old;
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
    }
    LOG.debug("{}: {} ({}); retrying in {} ms", source, failure.reason(), cause, delay.toMillis());
    old.forEach(SharedIndexInformer::stop);
    emit(failure.phase(), failure.reason(), null);
    scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tick() {
    int gen;
    boolean watching;
    synchronized (lock) {
      if (closed || phase != LinkPhase.LIVE || probing) {
        return;
      }
      gen = generation;
      watching = informers.stream().allMatch(SharedIndexInformer::isWatching);
      quietWatchTicks = watching ? 0 : quietWatchTicks + 1;
    }
    long idle = System.nanoTime() - lastHeardNanos;
    if (idle < timing.idleBeforeProbe().toNanos() && watching) {
      return;
    }
    synchronized (lock) {
      probing = true;
    }
    probe(timing.probeTimeout())
        .whenComplete(
            (latency, error) -> {
              synchronized (lock) {
                probing = false;
              }
              if (error != null) {
                fail(gen, error);
                return;
              }
              heard();
              if (quietWatchTicks * timing.tick().toMillis()
                  > 2 * timing.probeTimeout().toMillis()) {
                // The server answers but a watch stays down: relist from scratch.
                fail(gen, new java.nio.channels.ClosedChannelException());
              } else {
                reportLatency(gen, latency);
              }
            });
  }

  private void reportLatency(int gen, Duration latency) {
    long now = System.nanoTime();
    synchronized (lock) {
      if (gen != generation || now - lastLatencyReportNanos < TimeUnit.SECONDS.toNanos(5)) {
        return;
      }
      lastLatencyReportNanos = now;
    }
    emit(LinkPhase.LIVE, "", latency);
  }

  /// `GET /version` with a hard timeout; completes with the round-trip time.
  private CompletableFuture<Duration> probe(Duration timeout) {
    long start = System.nanoTime();
    var http = client.getHttpClient();
    var request =
        http.newHttpRequestBuilder()
            .uri(versionUri)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build();
    return http.sendAsync(request, String.class)
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .thenApply(
            response -> {
              if (!response.isSuccessful()) {
                throw new CompletionException(new ProbeRefused(response.code()));
              }
              return Duration.ofNanos(System.nanoTime() - start);
            });
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

  private void emit(LinkPhase newPhase, String reason, Duration latency) {
    sink.accept(new LinkChanged(source, clock.instant(), newPhase, reason, latency));
  }

  private Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof ProbeRefused refused) {
      return new ProbeStatusError(Failure.ofStatus(refused.code, server));
    }
    return t;
  }

  /// The current phase, for tests and diagnostics.
  public LinkPhase phase() {
    synchronized (lock) {
      return phase;
    }
  }

  /// Stops the informers and closes the client. May block briefly while the HTTP client shuts
  /// down: call it off the JavaFX thread.
  @Override
  public void close() {
    List<SharedIndexInformer<?>> old;
    KubernetesClient oldClient;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      old = informers;
      informers = List.of();
      oldClient = client;
      if (ticker != null) {
        ticker.cancel(false);
      }
    }
    old.forEach(SharedIndexInformer::stop);
    if (oldClient != null) {
      oldClient.close();
    }
  }

  private static final class ProbeRefused extends RuntimeException {
    final int code;

    ProbeRefused(int code) {
      super("HTTP " + code, null, false, false);
      this.code = code;
    }
  }

  /// A probe answered with an error status; carries the classification.
  static final class ProbeStatusError extends RuntimeException {
    final Failure failure;

    ProbeStatusError(Failure failure) {
      super(failure.reason(), null, false, false);
      this.failure = failure;
    }
  }
}
