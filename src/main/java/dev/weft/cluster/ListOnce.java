package dev.weft.cluster;

import dev.weft.cluster.ClusterChange.LinkChanged;
import dev.weft.cluster.ClusterChange.Resynced;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A one-shot read of one cluster (a zone or the gateway), for answers that need the state once
/// (`weft status` without `--watch`): the version probe and one list per watched kind, all sent
/// at once, and no informer, watch or settling. It hands the same [ClusterChange]s a
/// [ClusterLink] would (SYNCING with the probe's latency, every object, [Resynced], then LIVE or
/// SLOW; or the failure's phase and reason), so the model built from them is the same.
///
/// Threading: [#read] blocks the calling thread (a thread of its own per cluster) until every
/// request answered or failed, at most `timeout` after the client was made. Batches go to the
/// `sink` from that thread; each is complete (a zone's objects arrive in one batch).
public final class ListOnce {
  private static final Logger LOG = LoggerFactory.getLogger(ListOnce.class);
  private final String source;
  private final String context;
  private final String namespace;
  private final List<Watch<?>> watches;

  private ListOnce(String source, String context, String namespace, List<Watch<?>> watches) {
    this.source = source;
    this.context = context;
    this.namespace = namespace;
    this.watches = watches;
  }

  /// A zone's pods, deployments, warning events and services in `namespace`.
  public static ListOnce zone(String zone, String context, String namespace) {
    return new ListOnce(zone, context, namespace, Watch.zone());
  }

  /// The gateway's HTTPRoute `route` in `namespace`.
  public static ListOnce gateway(String context, String namespace, String route) {
    return new ListOnce(ClusterChange.GATEWAY, context, namespace, Watch.gateway(route));
  }

  /// Reads the cluster once and hands what it found to `sink`, batch by batch.
  public void read(
      KubeClients clients,
      LinkTiming timing,
      Clock clock,
      Duration timeout,
      Consumer<List<ClusterChange>> sink)
      throws InterruptedException {
    sink.accept(List.of(linkChanged(clock, LinkPhase.CONNECTING, "", null)));
    KubeClients.Opened opened;
    try {
      opened = clients.open(context);
    } catch (RuntimeException e) {
      opened =
          new KubeClients.Opened.Misconfigured(
              "cannot make a client for context '"
                  + context
                  + "' ("
                  + e.getClass().getSimpleName()
                  + ")");
    }
    LOG.info("{}: client for context '{}' made", source, context);
    switch (opened) {
      case KubeClients.Opened.Misconfigured m ->
          sink.accept(List.of(linkChanged(clock, LinkPhase.MISCONFIGURED, m.reason(), null)));
      case KubeClients.Opened.Client c -> sink.accept(listAll(c, timing, clock, timeout));
    }
  }

  private List<ClusterChange> listAll(
      KubeClients.Opened.Client c, LinkTiming timing, Clock clock, Duration timeout)
      throws InterruptedException {
    Instant started = clock.instant();
    // The request may wait a little longer than this read: no answer in time is a timeout
    // (the caller says what it waited for), not a failure of the request.
    CompletableFuture<Duration> probe = HealthProbe.version(c, timeout.plusSeconds(1));
    List<CompletableFuture<List<GenericKubernetesResource>>> lists = new ArrayList<>();
    for (Watch<?> watch : watches) {
      CompletableFuture<List<GenericKubernetesResource>> listed = new CompletableFuture<>();
      Thread.ofVirtual()
          .name("weft-list-" + source)
          .start(
              () -> {
                try {
                  listed.complete(list(c.client(), watch));
                } catch (RuntimeException e) {
                  listed.completeExceptionally(e);
                }
              });
      lists.add(listed);
    }
    Duration latency;
    try {
      latency = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      // Still connecting when the caller's time is up: its report says it timed out.
      return List.of();
    } catch (ExecutionException | CompletionException e) {
      Failure failure = Failure.classify(unwrap(e), c.server());
      return List.of(linkChanged(clock, failure.phase(), failure.reason(), null));
    }
    try {
      // The first round trip also paid for this process's cold start (classes, TLS): time a
      // second one, so a zone is called slow for its server, not for Weft's own start.
      latency = HealthProbe.version(c, timeout).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      // The lists answered: keep the first round trip's figure.
    }
    LOG.info(
        "{}: read in {} ms (probe {} ms)",
        source,
        Duration.between(started, clock.instant()).toMillis(),
        latency.toMillis());
    Instant at = clock.instant();
    List<ClusterChange> changes = new ArrayList<>();
    changes.add(new LinkChanged(source, at, LinkPhase.SYNCING, "", latency));
    var serialization = c.client().getKubernetesSerialization();
    Map<ObjectKind, Set<String>> names = new EnumMap<>(ObjectKind.class);
    for (int i = 0; i < watches.size(); i++) {
      Watch<?> watch = watches.get(i);
      Set<String> listed = new HashSet<>();
      for (GenericKubernetesResource obj : lists.get(i).join()) {
        listed.add(obj.getMetadata() == null ? "?" : obj.getMetadata().getName());
        ClusterChange change = Informers.read(serialization, watch, source, at, obj);
        if (change != null) {
          changes.add(change);
        }
      }
      names.put(watch.kind(), listed);
    }
    changes.add(new Resynced(source, at, names));
    changes.add(timing.answered(source, at, latency));
    return changes;
  }

  private List<GenericKubernetesResource> list(KubernetesClient client, Watch<?> watch) {
    Class<? extends HasMetadata> type = watch.type();
    String group = HasMetadata.getGroup(type);
    String version = HasMetadata.getVersion(type);
    String apiVersion = group == null || group.isEmpty() ? version : group + "/" + version;
    var inNamespace =
        client
            .genericKubernetesResources(apiVersion, HasMetadata.getKind(type))
            .inNamespace(namespace);
    var listable =
        watch.name() == null ? inNamespace : inNamespace.withField("metadata.name", watch.name());
    return listable.list().getItems();
  }

  private LinkChanged linkChanged(Clock clock, LinkPhase phase, String reason, Duration latency) {
    return new LinkChanged(source, clock.instant(), phase, reason, latency);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
