package dev.weft.demo;

import dev.weft.demo.auth.DemoUsers;
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
/// @param user whose contexts the fabric file names: `admin` (default), `oncall` or `viewer`
public record DemoOptions(
    int zones, int apps, int replicas, long seed, Path outDir, Timings timings, String user) {

  public DemoOptions {
    if (zones < 1 || apps < 1 || replicas < 0) {
      throw new IllegalArgumentException("zones and apps must be at least 1, replicas at least 0");
    }
    if (!DemoUsers.PEOPLE.contains(user)) {
      throw new IllegalArgumentException(
          "unknown demo user '" + user + "'; one of " + String.join(", ", DemoUsers.PEOPLE));
    }
  }

  public DemoOptions(int zones, int apps, int replicas, long seed, Path outDir, Timings timings) {
    this(zones, apps, replicas, seed, outDir, timings, DemoUsers.ADMIN);
  }

  /// The fabric file's contexts are `user`'s (the kubeconfig always has every user's).
  public DemoOptions withUser(String user) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings, user);
  }

  /// Three zones, apps app1 → app2 → app3, three replicas each, realistic timings.
  public static DemoOptions defaults() {
    return new DemoOptions(3, 3, 3, 42, null, Timings.realistic());
  }

  public DemoOptions withZones(int zones) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings, user);
  }

  public DemoOptions withApps(int apps) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings, user);
  }

  public DemoOptions withReplicas(int replicas) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings, user);
  }

  public DemoOptions withSeed(long seed) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings, user);
  }

  public DemoOptions withOutDir(Path outDir) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings, user);
  }

  public DemoOptions withTimings(Timings timings) {
    return new DemoOptions(zones, apps, replicas, seed, outDir, timings, user);
  }
}
