package dev.weft.cluster;

import dev.weft.cluster.ClusterChange.LinkChanged;
import dev.weft.cluster.ClusterChange.Resynced;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// [ListOnce] without fabric8: the same requests (the version probe and one list per kind, one
/// after another on one connection, or at once when the server is slow) sent with the JDK's HTTP
// client ([LeanHttp]) to a context
// [LeanContext] can serve,
/// read as JSON trees into the same records ([LeanProjections]), handed on as the same
/// [ClusterChange]s, failures with the same phases and reasons. A one-shot `weft status` then
/// starts neither Vert.x, Netty nor fabric8's model: its answer comes in a fraction of the time.
///
/// Threading: [#read] blocks the calling thread (one per cluster) until every request answered
/// or failed, at most `timeout`. Batches go to the `sink` from that thread.
public final class LeanListOnce implements AutoCloseable {
  private record Kind(ObjectKind kind, String plural, String api, String typeName) {}

  private static final List<Kind> ZONE =
      List.of(
          new Kind(ObjectKind.DEPLOYMENT, "deployments", "apis/apps/v1", "Deployment"),
          new Kind(ObjectKind.POD, "pods", "api/v1", "Pod"),
          new Kind(ObjectKind.EVENT, "events", "api/v1", "Event"),
          new Kind(ObjectKind.SERVICE, "services", "api/v1", "Service"));

  private static final List<Kind> GATEWAY =
      List.of(
          new Kind(
              ObjectKind.ROUTE, "httproutes", "apis/gateway.networking.k8s.io/v1", "HTTPRoute"));

  private final String source;
  private final String namespace;
  private final String name;
  private final List<Kind> kinds;
  private final LeanHttp http;

  private LeanListOnce(
      String source, String namespace, String name, List<Kind> kinds, LeanHttp http) {
    this.source = source;
    this.namespace = namespace;
    this.name = name;
    this.kinds = kinds;
    this.http = http;
  }

  /// A lean read of zone `zone`, or empty when its context needs the fabric8 path. `connect`
  /// bounds the TCP connect and TLS handshake (the JDK counts both).
  public static Optional<LeanListOnce> zone(
      KubeconfigSource kubeconfig,
      String zone,
      String context,
      String namespace,
      Duration connect) {
    return LeanHttp.open(kubeconfig, context, connect)
        .map(h -> new LeanListOnce(zone, namespace, null, ZONE, h));
  }

  /// A lean read of the gateway's HTTPRoute `route`, or empty (see [#zone]).
  public static Optional<LeanListOnce> gateway(
      KubeconfigSource kubeconfig,
      String context,
      String namespace,
      String route,
      Duration connect) {
    return LeanHttp.open(kubeconfig, context, connect)
        .map(h -> new LeanListOnce(ClusterChange.GATEWAY, namespace, route, GATEWAY, h));
  }

  /// A lean read of zone `zone` over `clients`' client of `context` (shared with the command's
  /// other reads; closing this read leaves it open), or empty (see [#zone]).
  public static Optional<LeanListOnce> zone(
      LeanClients clients, String zone, String context, String namespace) {
    return clients.get(context).map(h -> new LeanListOnce(zone, namespace, null, ZONE, h));
  }

  /// A lean read of the gateway's HTTPRoute `route` over `clients`' client of `context`.
  public static Optional<LeanListOnce> gateway(
      LeanClients clients, String context, String namespace, String route) {
    return clients
        .get(context)
        .map(h -> new LeanListOnce(ClusterChange.GATEWAY, namespace, route, GATEWAY, h));
  }

  /// Reads the cluster once and hands what it found to `sink`, as [ListOnce#read] does.
  public void read(
      LinkTiming timing, Clock clock, Duration timeout, Consumer<List<ClusterChange>> sink)
      throws InterruptedException {
    sink.accept(List.of(linkChanged(clock, LinkPhase.CONNECTING, "")));
    sink.accept(listAll(timing, clock, timeout));
  }

  private List<ClusterChange> listAll(LinkTiming timing, Clock clock, Duration timeout)
      throws InterruptedException {
    Duration request = timeout.plusSeconds(1);
    long end = System.nanoTime() + timeout.toNanos();
    // One request after another on one kept-alive connection: one TLS handshake per cluster
    // (a handshake costs a cold JVM far more CPU than a round trip on a warm connection), where
    // requests at once would each open a connection (the demo and many servers speak HTTP/1.1).
    Duration latency;
    List<List<JsonNode>> lists = new ArrayList<>();
    try {
      latency = version(request).get(left(end), TimeUnit.NANOSECONDS);
      if (latency.compareTo(AT_ONCE_AFTER) < 0) {
        for (Kind kind : kinds) {
          lists.add(list(kind, request, false).get(left(end), TimeUnit.NANOSECONDS));
        }
      } else {
        // A slow server: round trips, not handshakes, are the cost. One after another, four
        // lists at 2 s each left `weft status` no time to say SLOW within its 10 s.
        List<CompletableFuture<List<JsonNode>>> out = new ArrayList<>();
        for (Kind kind : kinds) {
          out.add(list(kind, request, true));
        }
        for (CompletableFuture<List<JsonNode>> list : out) {
          lists.add(list.get(left(end), TimeUnit.NANOSECONDS));
        }
      }
    } catch (TimeoutException e) {
      // Still connecting when the caller's time is up: its report says it timed out.
      return List.of();
    } catch (ExecutionException | CompletionException e) {
      Failure failure = classify(unwrap(e));
      return List.of(linkChanged(clock, failure.phase(), failure.reason()));
    }
    try {
      // As ListOnce: the first round trip paid for this process's cold start (classes, TLS).
      latency = version(timeout).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // The lists answered: keep the first round trip's figure.
    }
    Instant at = clock.instant();
    List<ClusterChange> changes = new ArrayList<>();
    changes.add(new LinkChanged(source, at, LinkPhase.SYNCING, "", latency));
    Map<ObjectKind, Set<String>> names = new EnumMap<>(ObjectKind.class);
    for (int i = 0; i < kinds.size(); i++) {
      Kind kind = kinds.get(i);
      Set<String> listed = new HashSet<>();
      for (JsonNode obj : lists.get(i)) {
        String objName = obj.path("metadata").path("name").asString("?");
        listed.add(objName);
        ClusterChange change = change(kind, at, obj, objName);
        if (change != null) {
          changes.add(change);
        }
      }
      names.put(kind.kind(), listed);
    }
    changes.add(new Resynced(source, at, names));
    changes.add(timing.answered(source, at, latency));
    return changes;
  }

  /// One object's change, as [Informers#read]: an object that does not fit is unreadable.
  private ClusterChange change(Kind kind, Instant at, JsonNode obj, String objName) {
    try {
      return switch (kind.kind()) {
        case DEPLOYMENT ->
            new ClusterChange.DeploymentUpserted(source, at, LeanProjections.deployment(obj));
        case POD -> new ClusterChange.PodUpserted(source, at, LeanProjections.pod(obj));
        case EVENT -> {
          EventInfo info = LeanProjections.warning(obj);
          yield info == null ? null : new ClusterChange.EventSeen(source, at, info);
        }
        case SERVICE -> new ClusterChange.ServiceUpserted(source, at, LeanProjections.service(obj));
        case ROUTE -> new ClusterChange.RouteChanged(source, at, LeanProjections.route(obj));
      };
    } catch (LeanProjections.Unreadable e) {
      return new ClusterChange.ObjectUnreadable(
          source, at, kind.kind(), objName, kind.typeName(), e.field);
    } catch (RuntimeException e) {
      return new ClusterChange.ObjectUnreadable(
          source, at, kind.kind(), objName, kind.typeName(), "?");
    }
  }

  private static long left(long end) {
    return Math.max(0, end - System.nanoTime());
  }

  private CompletableFuture<Duration> version(Duration timeout) {
    long start = System.nanoTime();
    return http.get("/version", timeout)
        .thenApply(
            answer -> {
              if (!answer.ok()) {
                throw new CompletionException(
                    new HealthProbe.Refused(answer.code(), "GET /version", message(answer)));
              }
              return Duration.ofNanos(System.nanoTime() - start);
            });
  }

  /// A first round trip this slow sends the lists at once (see [#listAll]).
  private static final Duration AT_ONCE_AFTER = Duration.ofMillis(500);

  private CompletableFuture<List<JsonNode>> list(Kind kind, Duration timeout, boolean atOnce) {
    String path = "/" + kind.api() + "/namespaces/" + encode(namespace) + "/" + kind.plural();
    if (name != null) {
      path += "?fieldSelector=" + encode("metadata.name=" + name);
    }
    return (atOnce ? http.getAlongside(path, timeout) : http.get(path, timeout))
        .thenApply(
            answer -> {
              if (!answer.ok()) {
                throw new CompletionException(
                    new ListRefused(answer.code(), kind, message(answer)));
              }
              List<JsonNode> items = new ArrayList<>();
              JsonNode list = JsonMapper.shared().readTree(answer.body());
              list.path("items").forEach(items::add);
              return items;
            });
  }

  /// As the fabric8 path classifies a list's error status (and [Failure] everything else).
  private Failure classify(Throwable error) {
    if (error instanceof ListRefused r) {
      return switch (r.code) {
        case 401 -> new Failure(LinkPhase.UNAUTHORIZED, "unauthorized (401) by " + http.server());
        case 403 ->
            new Failure(
                LinkPhase.FORBIDDEN,
                Failure.forbidden(r.message, "list/watch", r.kind.plural(), namespace));
        default ->
            r.code >= 500
                ? new Failure(LinkPhase.LOST, "server error " + r.code + " at " + http.server())
                : new Failure(LinkPhase.LOST, "HTTP " + r.code + " from " + http.server());
      };
    }
    return Failure.classify(error, http.server());
  }

  /// A list answered with an error status.
  private static final class ListRefused extends RuntimeException {
    final int code;
    final Kind kind;
    final String message;

    ListRefused(int code, Kind kind, String message) {
      super("list " + kind.plural() + " answered " + code, null, false, false);
      this.code = code;
      this.kind = kind;
      this.message = message;
    }
  }

  /// The Status message the server sent, if any (never a credential: it is the server's text).
  private static String message(LeanHttp.Answer answer) {
    try {
      return JsonMapper.shared().readTree(answer.body()).path("message").asString("");
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private LinkChanged linkChanged(Clock clock, LinkPhase phase, String reason) {
    return new LinkChanged(source, clock.instant(), phase, reason, null);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Override
  public void close() {
    http.close();
  }
}
