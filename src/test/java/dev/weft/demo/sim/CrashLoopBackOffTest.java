package dev.weft.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/// The demo's crash-looping pods back off as the kubelet's do, so their restart counts look like
/// a real cluster's (a handful in ten minutes) and agree with what Weft counts.
class CrashLoopBackOffTest {
  @Test
  void theWaitDoublesWithEachRestartUpToThirtyTimesTheFirst() {
    Duration first = Duration.ofSeconds(10);
    assertThat(PodLifecycle.backOff(first, 1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(PodLifecycle.backOff(first, 2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(PodLifecycle.backOff(first, 3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(PodLifecycle.backOff(first, 6)).isEqualTo(Duration.ofMinutes(5));
    assertThat(PodLifecycle.backOff(first, 500)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aPodRestartsAHandfulOfTimesInTenMinutes() {
    Duration first = Duration.ofSeconds(5);
    Duration elapsed = first.dividedBy(3);
    int restarts = 0;
    while (elapsed.compareTo(Duration.ofMinutes(10)) < 0) {
      restarts++;
      elapsed = elapsed.plus(PodLifecycle.backOff(first, restarts));
    }
    assertThat(restarts).isBetween(5, 10);
  }
}
