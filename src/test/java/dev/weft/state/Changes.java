package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.LinkPhase;
import dev.weft.cluster.ObjectKind;
import dev.weft.cluster.PodInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Change records for model tests, on a clock the test moves.
final class Changes {
  static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  Instant now = T0;

  Changes at(Instant at) {
    now = at;
    return this;
  }

  Changes later(int seconds) {
    now = now.plusSeconds(seconds);
    return this;
  }

  ClusterChange live(String zone) {
    return new ClusterChange.LinkChanged(zone, now, LinkPhase.LIVE, "", null);
  }

  ClusterChange link(String zone, LinkPhase phase, String reason) {
    return new ClusterChange.LinkChanged(zone, now, phase, reason, null);
  }

  ClusterChange lost(String zone, String reason) {
    return new ClusterChange.LinkChanged(zone, now, LinkPhase.LOST, reason, null);
  }

  ClusterChange deployment(String zone, String name, int desired, int ready) {
    return new ClusterChange.DeploymentUpserted(
        zone, now, new DeploymentInfo(name, desired, ready, ready, desired, List.of()));
  }

  ClusterChange pod(String zone, String name, String version, boolean ready, int restarts) {
    String owner = name.substring(0, name.indexOf('-'));
    return new ClusterChange.PodUpserted(
        zone,
        now,
        new PodInfo(name, owner, "Running", ready, restarts, null, T0, "node-1", version, null));
  }

  ClusterChange podDeleted(String zone, String name) {
    return new ClusterChange.PodDeleted(zone, now, name);
  }

  ClusterChange resynced(String zone, Set<String> pods, Set<String> deployments) {
    return new ClusterChange.Resynced(
        zone, now, Map.of(ObjectKind.POD, pods, ObjectKind.DEPLOYMENT, deployments));
  }

  /// A zone with every app of [dev.weft.testing.Fabrics#apps] ready with `n` pods.
  List<ClusterChange> healthyZone(String zone, int n) {
    var list = new java.util.ArrayList<ClusterChange>();
    list.add(live(zone));
    for (String app : List.of("app1", "app2", "app3")) {
      list.add(deployment(zone, app, n, n));
      for (int i = 0; i < n; i++) {
        list.add(pod(zone, app + "-abc-" + i, "1.0.0", true, 0));
      }
    }
    return list;
  }
}
