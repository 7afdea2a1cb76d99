package dev.weft.state;

import dev.weft.cluster.PodInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/// One pod in the model: its latest record and the restarts seen in the last ten minutes.
/// Mutable; owned by the applier thread.
final class PodState {
  static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
  private static final int MAX_RESTARTS_KEPT = 32;
  private static final Instant[] NONE = new Instant[0];

  PodInfo info;
  private Instant[] restartTimes = NONE;
  private PodSnapshot snapshot;
  private String snapshotWarning;

  PodState(PodInfo info, Instant at) {
    this.info = info;
    // First sight: count the latest restart when it falls in the window.
    if (info.restarts() > 0
        && info.lastRestartAt() != null
        && info.lastRestartAt().isAfter(at.minus(RESTART_WINDOW))) {
      restartTimes = new Instant[] {info.lastRestartAt()};
    }
  }

  void update(PodInfo next, Instant at) {
    int added = next.restarts() - info.restarts();
    if (added > 0) {
      int keep = Math.min(MAX_RESTARTS_KEPT, restartTimes.length + added);
      Instant[] times = new Instant[keep];
      int fromOld = Math.max(0, keep - added);
      System.arraycopy(restartTimes, restartTimes.length - fromOld, times, 0, fromOld);
      Arrays.fill(times, fromOld, keep, at);
      restartTimes = times;
    }
    info = next;
    snapshot = null;
  }

  int restartsSince(Instant from) {
    int n = 0;
    for (Instant t : restartTimes) {
      if (t.isAfter(from)) {
        n++;
      }
    }
    return n;
  }

  PodSnapshot snapshot(String lastWarning) {
    if (snapshot == null || !java.util.Objects.equals(lastWarning, snapshotWarning)) {
      snapshotWarning = lastWarning;
      snapshot =
          new PodSnapshot(
              info.name(),
              info.phase(),
              info.ready(),
              info.restarts(),
              Optional.ofNullable(info.waitingReason()),
              info.createdAt(),
              info.node(),
              info.version(),
              Optional.ofNullable(lastWarning));
    }
    return snapshot;
  }
}
