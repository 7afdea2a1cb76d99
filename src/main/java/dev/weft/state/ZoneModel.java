package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.EventInfo;
import dev.weft.cluster.ObjectKind;
import dev.weft.cluster.PodInfo;
import dev.weft.cluster.ServiceInfo;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/// One zone in the model: what its cluster said, by object. Mutable; owned by the applier
/// thread. Tracks which placements changed so a snapshot rebuilds only those.
final class ZoneModel {
  static final Duration WARNING_WINDOW = Duration.ofMinutes(10);
  private static final int MAX_WARNINGS = 200;

  final Zone zone;
  final LinkModel link;
  /// owner (Deployment name, as the pod suggests) → pod name → pod, sorted by name.
  final Map<String, TreeMap<String, PodState>> pods = new HashMap<>();
  /// pod name → its owner in [#pods]: a pod's owner is found without a scan of every owner.
  private final Map<String, String> ownerOf = new HashMap<>();
  final Map<String, DeploymentInfo> deployments = new HashMap<>();
  final Map<String, ServiceInfo> services = new HashMap<>();
  /// Warning events by event name, oldest first.
  final LinkedHashMap<String, EventInfo> warnings = new LinkedHashMap<>();

  private final Set<String> dirtyOwners = new HashSet<>();
  private boolean allDirty = true;
  private final PlacementBuilder builder;
  private ZoneSnapshot previous;
  private DeferredBuild deferred;

  /// When the snapshots skipped while seeking last built each placement: all of them at
  /// `allAt`, an owner's at `ownerAt` when later; the zone's connection at its last rebuild.
  static final class DeferredBuild {
    Instant allAt;
    final Map<String, Instant> ownerAt = new HashMap<>();
    ConnectionState connection;
  }

  ZoneModel(Fabric fabric, Zone zone, Instant start, LinkModel.PhaseListener phases) {
    this.zone = zone;
    this.link = new LinkModel(start, phases);
    this.builder = new PlacementBuilder(fabric, this);
  }

  void apply(ClusterChange change) {
    link.readable(change);
    switch (change) {
      case ClusterChange.ObjectUnreadable c -> {
        link.unreadable(c);
        allDirty = true;
        link.heard(c.at());
      }
      case ClusterChange.PodUpserted c -> upsert(c.pod(), c.at());
      case ClusterChange.PodDeleted c -> {
        removePod(c.name());
        link.heard(c.at());
      }
      case ClusterChange.DeploymentUpserted c -> {
        deployments.put(c.deployment().name(), c.deployment());
        dirtyOwners.add(c.deployment().name());
        link.heard(c.at());
      }
      case ClusterChange.DeploymentDeleted c -> {
        deployments.remove(c.name());
        dirtyOwners.add(c.name());
        link.heard(c.at());
      }
      case ClusterChange.ServiceUpserted c -> {
        services.put(c.service().name(), c.service());
        allDirty = true;
        link.heard(c.at());
      }
      case ClusterChange.ServiceDeleted c -> {
        services.remove(c.name());
        allDirty = true;
        link.heard(c.at());
      }
      case ClusterChange.EventSeen c -> {
        warnings.remove(c.event().name());
        warnings.put(c.event().name(), c.event());
        while (warnings.size() > MAX_WARNINGS) {
          warnings.pollFirstEntry();
        }
        allDirty = true;
        link.heard(c.at());
      }
      case ClusterChange.LinkChanged c -> {
        link.apply(c);
        allDirty = true;
      }
      case ClusterChange.Resynced c -> {
        link.resynced(c.names());
        resync(c.names());
      }
      case ClusterChange.ClockTicked c -> allDirty = true;
      case ClusterChange.RouteChanged c -> {}
    }
  }

  private void upsert(PodInfo pod, Instant at) {
    TreeMap<String, PodState> owned = pods.computeIfAbsent(pod.owner(), o -> new TreeMap<>());
    PodState state = owned.get(pod.name());
    if (state == null) {
      removePod(pod.name());
      owned.put(pod.name(), new PodState(pod, at));
      ownerOf.put(pod.name(), pod.owner());
    } else {
      state.update(pod, at);
    }
    dirtyOwners.add(pod.owner());
    link.heard(at);
  }

  private void removePod(String name) {
    String owner = ownerOf.remove(name);
    if (owner != null && pods.get(owner).remove(name) != null) {
      dirtyOwners.add(owner);
    }
  }

  /// Drops everything the cluster no longer has: deletes missed while away, no ghosts.
  private void resync(Map<ObjectKind, Set<String>> names) {
    Set<String> livePods = names.getOrDefault(ObjectKind.POD, Set.of());
    ownerOf.keySet().removeIf(name -> !livePods.contains(name));
    for (var entry : pods.entrySet()) {
      if (entry.getValue().keySet().removeIf(name -> !livePods.contains(name))) {
        dirtyOwners.add(entry.getKey());
      }
    }
    Set<String> liveDeployments = names.getOrDefault(ObjectKind.DEPLOYMENT, Set.of());
    deployments.keySet().removeIf(name -> !liveDeployments.contains(name));
    services.keySet().retainAll(names.getOrDefault(ObjectKind.SERVICE, Set.of()));
    warnings.keySet().retainAll(names.getOrDefault(ObjectKind.EVENT, Set.of()));
    allDirty = true;
  }

  ModelState.Zone export() {
    Map<String, java.util.List<ModelState.Pod>> owners = new HashMap<>();
    for (var entry : pods.entrySet()) {
      owners.put(
          entry.getKey(),
          entry.getValue().values().stream()
              .map(p -> new ModelState.Pod(p.info, p.restartTimes()))
              .toList());
    }
    return new ModelState.Zone(
        zone.name(),
        link.export(),
        owners,
        java.util.List.copyOf(deployments.values()),
        java.util.List.copyOf(services.values()),
        java.util.List.copyOf(warnings.values()));
  }

  void restore(ModelState.Zone state) {
    link.restore(state.link());
    state
        .owners()
        .forEach(
            (owner, list) -> {
              TreeMap<String, PodState> owned = pods.computeIfAbsent(owner, o -> new TreeMap<>());
              list.forEach(
                  p -> {
                    owned.put(p.info().name(), new PodState(p.info(), p.restartTimes()));
                    ownerOf.put(p.info().name(), owner);
                  });
            });
    state.deployments().forEach(d -> deployments.put(d.name(), d));
    state.services().forEach(s -> services.put(s.name(), s));
    state.warnings().forEach(w -> warnings.put(w.name(), w));
    allDirty = true;
  }

  /// Seeking: notes what a snapshot at `at` would rebuild (when each placement was last built,
  /// the connection then) without building it; the next [#snapshot] builds it all at once.
  void deferSnapshot(Instant at) {
    if (deferred == null) {
      deferred = new DeferredBuild();
    } else if (!allDirty && dirtyOwners.isEmpty()) {
      return;
    }
    if (allDirty || deferred.allAt == null) {
      deferred.allAt = at;
      deferred.ownerAt.clear();
    } else {
      dirtyOwners.forEach(owner -> deferred.ownerAt.put(owner, at));
    }
    deferred.connection = link.state();
    allDirty = false;
    dirtyOwners.clear();
  }

  ZoneSnapshot snapshot(Instant at) {
    if (deferred != null) {
      deferSnapshot(at);
      previous = builder.zone(deferred.allAt, deferred.ownerAt, deferred.connection);
      deferred = null;
      return previous;
    }
    if (previous != null && !allDirty && dirtyOwners.isEmpty()) {
      return previous;
    }
    previous = builder.zone(at, previous, allDirty, dirtyOwners);
    allDirty = false;
    dirtyOwners.clear();
    return previous;
  }
}
