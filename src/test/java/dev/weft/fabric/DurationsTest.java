package dev.weft.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "60s, PT60S",
    "10m, PT10M",
    "1h30m, PT1H30M",
    "1h, PT1H",
    "2h0m5s, PT2H5S",
    "0s, PT0S",
    "90m, PT1H30M"
  })
  void parsesUnitsLargestFirst(String text, Duration expected) {
    assertThat(Durations.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "",
        "60",
        "1m30",
        "30s1m",
        "1.5h",
        "10 m",
        "-5s",
        "1d",
        "5ms",
        "m",
        "99999999999999999999h"
      })
  void rejectsAnythingElse(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PT60S, 1m", "PT90S, 1m30s", "PT10M, 10m", "PT0S, 0s", "PT26H, 26h"})
  void formatsTheWayFilesWriteThem(Duration duration, String expected) {
    assertThat(Durations.format(duration)).isEqualTo(expected);
  }
}
