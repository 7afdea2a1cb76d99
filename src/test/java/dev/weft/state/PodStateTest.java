package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.PodInfo;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/// A pod keeps the restarts of the last ten minutes only: older ones count for nothing and
/// would otherwise ride along all day, in memory and in every keyframe of a recording.
class PodStateTest {
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private static PodInfo pod(int restarts) {
    return new PodInfo(
        "app1-abc-1", "app1-abc", "Running", true, restarts, null, T0, "n", "1", null);
  }

  @Test
  void restartsOlderThanTheWindowAreCountedOutAndForgotten() {
    PodState pod = new PodState(pod(0), T0);
    for (int i = 1; i <= 5; i++) {
      pod.update(pod(i), T0.plusSeconds(i));
    }
    assertThat(pod.restartsSince(T0.plusSeconds(30).minus(PodState.RESTART_WINDOW))).isEqualTo(5);
    Instant later = T0.plusSeconds(11 * 60);
    assertThat(pod.restartsSince(later.minus(PodState.RESTART_WINDOW))).isZero();
    assertThat(pod.restartTimes()).isEmpty();
    pod.update(pod(6), later);
    assertThat(pod.restartsSince(later.minusSeconds(1))).isEqualTo(1);
    assertThat(pod.restartTimes()).containsExactly(later);
  }
}
