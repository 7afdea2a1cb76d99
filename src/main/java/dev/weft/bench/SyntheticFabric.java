package dev.weft.bench;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.DeploymentInfo;
import dev.weft.cluster.LinkPhase;
import dev.weft.cluster.PodInfo;
import dev.weft.cluster.RouteInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/// A fabric of `zones` × `apps` × `replicas` pods and a deterministic stream of the changes a
/// busy one makes: pods turning unready and back, restarting, crash-looping, rolling to a new
/// version, zones losing their API server now and then, a clock tick every 30 s. For the
/// recorder's benchmark (a day at 100 events/s written faster than real time) and tests. Not
/// thread-safe.
public final class SyntheticFabric {
  private final int zones;
  private final int apps;
  private final int replicas;
  private final Random random;
  private final PodInfo[][] pods;
  private final Instant start;
  private long nanos;
  private long nextTick;

  public SyntheticFabric(int zones, int apps, int replicas, long seed, Instant start) {
    this.zones = zones;
    this.apps = apps;
    this.replicas = replicas;
    this.random = new Random(seed);
    this.start = start;
    this.pods = new PodInfo[zones][apps * replicas];
  }

  public static String zone(int z) {
    return "zone-" + z;
  }

  public static String app(int a) {
    return String.format("app%02d", a);
  }

  /// The fabric file's text; its contexts need not exist (a recording never connects).
  public String fabricYaml() {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: weft.dev/v1alpha1\nkind: Fabric\nmetadata:\n  name: synthetic\n");
    y.append("gateway:\n  context: edge\n  namespace: edge\n  route: health\nzones:\n");
    for (int z = 0; z < zones; z++) {
      y.append("  - name: ").append(zone(z)).append("\n    context: ctx-").append(z);
      y.append("\n    namespace: health\n    backend: health-").append(zone(z)).append('\n');
    }
    y.append("apps:\n");
    for (int a = 0; a < apps; a++) {
      y.append("  - name: ").append(app(a)).append('\n');
      if (a + 1 < apps && a % 5 != 4) {
        y.append("    dependsOn: [").append(app(a + 1)).append("]\n");
      }
    }
    return y.toString();
  }

  public Instant now() {
    return start.plusNanos(nanos);
  }

  /// Every zone and the gateway connecting, listing, and going live with all their objects.
  public List<ClusterChange> initial() {
    List<ClusterChange> out = new ArrayList<>();
    Instant at = now();
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (int z = 0; z < zones; z++) {
      String zone = zone(z);
      out.add(new ClusterChange.LinkChanged(zone, at, LinkPhase.SYNCING, "", null));
      for (int a = 0; a < apps; a++) {
        out.add(
            new ClusterChange.DeploymentUpserted(
                zone,
                at,
                new DeploymentInfo(app(a), replicas, replicas, replicas, replicas, List.of())));
        for (int r = 0; r < replicas; r++) {
          PodInfo pod = newPod(z, a, r, "1.4.0", at);
          pods[z][a * replicas + r] = pod;
          out.add(new ClusterChange.PodUpserted(zone, at, pod));
        }
      }
      out.add(new ClusterChange.LinkChanged(zone, at, LinkPhase.LIVE, "", Duration.ofMillis(12)));
      weights.put("health-" + zone, 100 / zones);
    }
    out.add(
        new ClusterChange.RouteChanged(
            ClusterChange.GATEWAY, at, new RouteInfo(weights, Map.of())));
    out.add(new ClusterChange.LinkChanged(ClusterChange.GATEWAY, at, LinkPhase.LIVE, "", null));
    return out;
  }

  private PodInfo newPod(int z, int a, int r, String version, Instant at) {
    String hash = Integer.toHexString(version.hashCode() & 0xFFFFF);
    String name =
        app(a) + "-" + hash + "-" + Integer.toString(36 * 36 * 36 + z * 7919 + r * 31 + a, 36);
    return new PodInfo(
        name,
        app(a),
        "Running",
        true,
        0,
        null,
        at,
        "node-" + (r % 40),
        version,
        null,
        "Running",
        null);
  }

  /// The changes of the next `step` at `perSecond` events a second (plus a clock tick every
  /// 30 s), as one batch.
  public List<ClusterChange> next(Duration step, int perSecond) {
    nanos += step.toNanos();
    Instant at = now();
    int n = (int) Math.max(1, perSecond * step.toNanos() / 1_000_000_000L);
    List<ClusterChange> out = new ArrayList<>(n + 1);
    for (int i = 0; i < n; i++) {
      event(at, out);
    }
    if (nanos >= nextTick) {
      out.add(new ClusterChange.ClockTicked("@clock", at));
      nextTick = nanos + Duration.ofSeconds(30).toNanos();
    }
    return out;
  }

  private void event(Instant at, List<ClusterChange> out) {
    int z = random.nextInt(zones);
    int i = random.nextInt(apps * replicas);
    PodInfo p = pods[z][i];
    int kind = random.nextInt(100);
    PodInfo next;
    if (kind < 1 && random.nextInt(50) == 0) {
      // Rare: a zone's API server drops and comes back (two link changes).
      out.add(
          new ClusterChange.LinkChanged(
              zone(z),
              at,
              random.nextBoolean() ? LinkPhase.LOST : LinkPhase.LIVE,
              "connection refused",
              null));
      return;
    } else if (kind < 60) {
      next = with(p, !p.ready(), p.restarts(), null, p.ready() ? "Running" : "Running", at);
    } else if (kind < 85) {
      next = with(p, false, p.restarts() + 1, "CrashLoopBackOff", "CrashLoopBackOff", at);
    } else if (kind < 98) {
      next = with(p, true, p.restarts(), null, "Running", at);
    } else {
      // A rollout step: the pod is replaced by one of a new version.
      String version = "1.4." + (1 + random.nextInt(9));
      next = newPod(z, i / replicas, i % replicas, version, at);
      if (!next.name().equals(p.name())) {
        out.add(new ClusterChange.PodDeleted(zone(z), at, p.name()));
      }
    }
    pods[z][i] = next;
    out.add(new ClusterChange.PodUpserted(zone(z), at, next));
  }

  private static PodInfo with(
      PodInfo p, boolean ready, int restarts, String waiting, String status, Instant at) {
    return new PodInfo(
        p.name(),
        p.owner(),
        p.phase(),
        ready,
        restarts,
        waiting,
        p.createdAt(),
        p.node(),
        p.version(),
        restarts != p.restarts() ? at : p.lastRestartAt(),
        status,
        restarts != p.restarts() ? "Error, exit code 1" : p.lastTermination());
  }
}
