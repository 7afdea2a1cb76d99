package dev.weft.state;

import dev.weft.cluster.LinkTiming;
import java.time.Clock;
import java.time.Duration;

/// Short timings so that failure tests finish in seconds.
final class TestOptions {
  private TestOptions() {}

  static LiveFabric.Options fast() {
    return new LiveFabric.Options(
        new LinkTiming(
            Duration.ofMillis(200),
            Duration.ofMillis(600),
            Duration.ofMillis(800),
            Duration.ofMillis(200),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5)),
        Clock.systemUTC(),
        Duration.ofSeconds(30));
  }
}
