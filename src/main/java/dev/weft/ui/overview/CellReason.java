package dev.weft.ui.overview;

import dev.weft.state.ConditionSnapshot;
import dev.weft.state.Health;
import dev.weft.state.HealthRules;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.PodSnapshot;
import dev.weft.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Says in a few words why a placement has its health, following the order of [HealthRules]
/// (pods ready, crash loops, restarts, a stuck rollout). Pure.
final class CellReason {
  private CellReason() {}

  static String of(PlacementSnapshot p, boolean stale) {
    if (stale) {
      return Messages.get("matrix.reason.stale", p.ready(), p.desired());
    }
    if (p.health() == Health.UNKNOWN) {
      return Messages.get("matrix.reason.notSynced");
    }
    if (p.desired() == 0) {
      return Messages.get("matrix.reason.scaledToZero");
    }
    List<String> parts = new ArrayList<>();
    parts.add(Messages.get("matrix.reason.ready", p.ready(), p.desired()));
    crashLoop(p).ifPresent(parts::add);
    if (p.restartsLast10m() >= HealthRules.FLAPPING_RESTARTS) {
      parts.add(Messages.get("matrix.reason.restarts", p.restartsLast10m()));
    }
    for (ConditionSnapshot c : p.conditions()) {
      if (c.type().equals("Progressing") && c.status().equals("False")) {
        parts.add(Messages.get("matrix.reason.stuck", c.reason()));
      }
    }
    return String.join("; ", parts);
  }

  /// The first waiting reason of a pod that is not ready (CrashLoopBackOff, ImagePullBackOff).
  private static Optional<String> crashLoop(PlacementSnapshot p) {
    return p.pods().stream()
        .filter(pod -> !pod.ready())
        .map(PodSnapshot::waitingReason)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
