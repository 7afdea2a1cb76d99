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
    this.restartTimes = firstSight(info, at.minus(RESTART_WINDOW));
  }

  /// Restarts that happened before Weft saw the pod, from the pod's own state: a pod created
  /// inside the window restarted `restartCount` times inside it (the latest at its last
  /// termination, the others no earlier than its creation, so they age out no later than they
  /// should); an older pod whose last termination is inside the window restarted at least once.
  private static Instant[] firstSight(PodInfo info, Instant windowStart) {
    Instant last = info.lastRestartAt();
    if (info.restarts() <= 0 || last == null || !last.isAfter(windowStart)) {
      return NONE;
    }
    Instant created = info.createdAt();
    if (created == null || !created.isAfter(windowStart)) {
      return new Instant[] {last};
    }
    int n = Math.min(MAX_RESTARTS_KEPT, info.restarts());
    Instant[] times = new Instant[n];
    Arrays.fill(times, 0, n - 1, created);
    times[n - 1] = last;
    return times;
  }

  /// A pod restored from a keyframe.
  PodState(PodInfo info, java.util.List<Instant> restartTimes) {
    this.info = info;
    this.restartTimes = restartTimes.toArray(NONE);
  }

  java.util.List<Instant> restartTimes() {
    return java.util.List.of(restartTimes);
  }

  void update(PodInfo next, Instant at) {
    int added = next.restarts() - info.restarts();
    if (added > 0) {
      forgetBefore(at.minus(RESTART_WINDOW));
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

  /// Drops restarts older than the window: they count for nothing, and a pod that restarted a
  /// while ago would otherwise carry them all day, in memory and in every recorded keyframe.
  private void forgetBefore(Instant windowStart) {
    int old = 0;
    while (old < restartTimes.length && !restartTimes[old].isAfter(windowStart)) {
      old++;
    }
    if (old > 0) {
      restartTimes = Arrays.copyOfRange(restartTimes, old, restartTimes.length);
    }
  }

  int restartsSince(Instant from) {
    if (restartTimes.length > 0 && !restartTimes[0].isAfter(from)) {
      forgetBefore(from);
    }
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
              Optional.ofNullable(lastWarning),
              info.status() == null ? String.valueOf(info.phase()) : info.status(),
              Optional.ofNullable(info.lastTermination()),
              Optional.ofNullable(info.lastRestartAt()));
    }
    return snapshot;
  }
}
