package dev.weft.demo;

import dev.weft.demo.sim.Timings;
import java.nio.file.Path;

/// What demo fabric to start. Immutable; use the `with…` methods to change one field.
///
/// @param zones how many zone clusters (gz-1, sh-1, bj-1, then sz-1, hz-1, …)
/// @param apps how many apps per zone, chained app1 → app2 → … → appM
/// @param replicas pods per app and zone
/// @param seed seeds every random choice (pod names, delays), so runs repeat
/// @param outDir where `kubeconfig` and `fabric.yaml` go; null for a fresh temporary directory
/// @param timings how fast the simulated control plane moves
public record DemoOptions(
    int zones, int apps, int replicas, long seed, Path outDir, Timings timings) {

  public DemoOptions {
    if (zones < 1 || apps < 1 || replicas < 0) {
      throw new IllegalArgumentException("zones and apps must be at least 1, replicas at least 0");
    }
  }

  /// Three zones, apps app1 → app2 → app3, three replicas each, realistic timings.
  public static DemoOptions defaults() {
    return new DemoOptions(3, 3, 3, 42, null, Timings.realistic());
  }

  public DemoOptions withZones(int zones) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings);
  }

  public DemoOptions withApps(int apps) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings);
  }

  public DemoOptions withReplicas(int replicas) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings);
  }

  public DemoOptions withSeed(long seed) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings);
  }

  public DemoOptions withOutDir(Path outDir) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings);
  }

  public DemoOptions withTimings(Timings timings) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings);
  }
}
