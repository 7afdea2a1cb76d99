package dev.weft.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/// One input to the live model: a small immutable record made by an informer handler or a
/// connection, never holding a fabric8 object. A recording of these replays to the same model.
///
/// `source` is the zone's name, or [#GATEWAY] for the gateway's cluster; `at` is when Weft saw
/// the change (the model's clock, so replays are deterministic).
public sealed interface ClusterChange {
  /// The `source` of changes from the gateway's cluster (not a valid zone name).
  String GATEWAY = "@gateway";

  String source();

  Instant at();

  /// The object this change replaces the state of, for coalescing: within one batch only the
  /// latest change per key matters. `null` for changes that must all be applied in order.
  default String coalesceKey() {
    return null;
  }

  record PodUpserted(String source, Instant at, PodInfo pod) implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/pod/" + pod.name();
    }
  }

  record PodDeleted(String source, Instant at, String name) implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/pod/" + name;
    }
  }

  record DeploymentUpserted(String source, Instant at, DeploymentInfo deployment)
      implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/deployment/" + deployment.name();
    }
  }

  record DeploymentDeleted(String source, Instant at, String name) implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/deployment/" + name;
    }
  }

  record ServiceUpserted(String source, Instant at, ServiceInfo service) implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/service/" + service.name();
    }
  }

  record ServiceDeleted(String source, Instant at, String name) implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/service/" + name;
    }
  }

  /// A Warning event seen (added or its count updated).
  record EventSeen(String source, Instant at, EventInfo event) implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/event/" + event.name();
    }
  }

  /// The gateway's HTTPRoute as it now stands; `route` is `null` when it was deleted.
  record RouteChanged(String source, Instant at, RouteInfo route) implements ClusterChange {
    @Override
    public String coalesceKey() {
      return source + "/route";
    }
  }

  /// An object the server sent that Weft cannot read (a field of the wrong type): shown as
  /// unreadable, by name and field, while everything else stays live.
  ///
  /// @param typeName the object's kind as Kubernetes names it ("Deployment", "HTTPRoute")
  /// @param field the path of the field that could not be read, e.g. `spec.replicas`
  record ObjectUnreadable(
      String source, Instant at, ObjectKind kind, String name, String typeName, String field)
      implements ClusterChange {
    @Override
    public String coalesceKey() {
      return kind == ObjectKind.ROUTE
          ? source + "/route"
          : source + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + name;
    }

    /// "Deployment app1 (spec.replicas)".
    public String describe() {
      return typeName + " " + name + " (" + field + ")";
    }
  }

  /// The connection's phase changed, or a probe measured the API latency (`latency` may be null).
  record LinkChanged(String source, Instant at, LinkPhase phase, String reason, Duration latency)
      implements ClusterChange {}

  /// Time passed: lets time-windowed figures (restarts in the last ten minutes, recent warnings)
  /// age out even when nothing else changes. Made by the model's owner, recorded like the rest.
  record ClockTicked(String source, Instant at) implements ClusterChange {}

  /// A full list finished: these are all the objects of each kind that exist now. Anything else
  /// the model holds for this source was deleted while Weft was away (no ghosts).
  record Resynced(String source, Instant at, Map<ObjectKind, Set<String>> names)
      implements ClusterChange {
    public Resynced {
      names = Map.copyOf(names);
    }
  }
}
