package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinkTimingTest {
  private final LinkTiming timing = LinkTiming.defaults();

  @Test
  void backoffDoublesWithJitterUpToTheCap() {
    assertThat(timing.backoff(0, 0.5)).isEqualTo(Duration.ofMillis(500));
    assertThat(timing.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(1000));
    assertThat(timing.backoff(0, 0.0)).isEqualTo(Duration.ofMillis(400));
    assertThat(timing.backoff(0, 0.999)).isLessThanOrEqualTo(Duration.ofMillis(600));
    assertThat(timing.backoff(30, 0.5)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void silenceIsNoticedWellWithinFiveSeconds() {
    Duration worst = timing.idleBeforeProbe().plus(timing.probeTimeout()).plus(timing.tick());
    assertThat(worst).isLessThanOrEqualTo(Duration.ofSeconds(5));
  }
}
