package dev.weft.state;

import java.util.Collection;

/// Weft's health rules, as the README's "Health rules" section states them. Pure functions.
public final class HealthRules {
  /// Restarts within ten minutes from which a placement counts as flapping (DEGRADED).
  public static final int FLAPPING_RESTARTS = 3;

  private HealthRules() {}

  /// What the placement rule looks at.
  ///
  /// @param zoneLive the zone's connection is LIVE (else nothing current is known)
  /// @param deploymentFound the app's Deployment exists in the zone
  /// @param crashLooping some pod waits in CrashLoopBackOff
  /// @param progressFailed the Deployment's Progressing condition is False
  public record PlacementFacts(
      boolean zoneLive,
      boolean deploymentFound,
      int desired,
      int ready,
      boolean crashLooping,
      int restartsLast10m,
      boolean progressFailed) {}

  /// First match wins:
  /// 1. zone not LIVE → UNKNOWN;
  /// 2. Deployment missing → DOWN;
  /// 3. desired == 0 → HEALTHY (scaled to zero on purpose);
  /// 4. ready == 0 → DOWN;
  /// 5. ready < desired, a pod in CrashLoopBackOff, ≥ [#FLAPPING_RESTARTS] restarts in ten
  ///    minutes, or Progressing=False → DEGRADED;
  /// 6. otherwise HEALTHY (a rollout in progress with every replica ready is healthy).
  public static Health placement(PlacementFacts f) {
    if (!f.zoneLive()) {
      return Health.UNKNOWN;
    }
    if (!f.deploymentFound()) {
      return Health.DOWN;
    }
    if (f.desired() == 0) {
      return Health.HEALTHY;
    }
    if (f.ready() == 0) {
      return Health.DOWN;
    }
    if (f.ready() < f.desired()
        || f.crashLooping()
        || f.restartsLast10m() >= FLAPPING_RESTARTS
        || f.progressFailed()) {
      return Health.DEGRADED;
    }
    return Health.HEALTHY;
  }

  /// A zone is UNKNOWN when not LIVE, else the worst of its placements (DOWN worst, then
  /// DEGRADED, then UNKNOWN, then HEALTHY); a zone without placements is HEALTHY.
  public static Health zone(boolean live, Collection<Health> placements) {
    if (!live) {
      return Health.UNKNOWN;
    }
    Health worst = Health.HEALTHY;
    for (Health h : placements) {
      if (rank(h) > rank(worst)) {
        worst = h;
      }
    }
    return worst;
  }

  /// A placement is at risk when the placement its calls to a dependency reach is DOWN: the
  /// dependency in its own zone, or in the zone the calls are rerouted to.
  public static boolean atRisk(Health reachedDependencyHealth) {
    return reachedDependencyHealth == Health.DOWN;
  }

  /// The gateway: UNKNOWN while its connection is not LIVE; DOWN when its HTTPRoute is missing
  /// or its weights over the fabric's zones add up to 0 (no user is served); else HEALTHY.
  public static Health gateway(boolean live, boolean routeFound, int totalWeight) {
    if (!live) {
      return Health.UNKNOWN;
    }
    return routeFound && totalWeight > 0 ? Health.HEALTHY : Health.DOWN;
  }

  private static int rank(Health h) {
    return switch (h) {
      case HEALTHY -> 0;
      case UNKNOWN -> 1;
      case DEGRADED -> 2;
      case DOWN -> 3;
    };
  }
}
