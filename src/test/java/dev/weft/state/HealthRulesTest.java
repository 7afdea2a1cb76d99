package dev.weft.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                          | live  | found | desired | ready | crash | restarts | progressFailed | health
          all ready                       | true  | true  | 3       | 3     | false | 0        | false          | HEALTHY
          more ready than desired (surge) | true  | true  | 3       | 4     | false | 0        | false          | HEALTHY
          one restart is not flapping     | true  | true  | 3       | 3     | false | 2        | false          | HEALTHY
          scaled to zero on purpose       | true  | true  | 0       | 0     | false | 0        | false          | HEALTHY
          some ready                      | true  | true  | 3       | 2     | false | 0        | false          | DEGRADED
          crash-looping pod               | true  | true  | 3       | 3     | true  | 1        | false          | DEGRADED
          flapping: three restarts        | true  | true  | 3       | 3     | false | 3        | false          | DEGRADED
          rollout stuck                   | true  | true  | 3       | 3     | false | 0        | true           | DEGRADED
          none ready                      | true  | true  | 3       | 0     | false | 0        | false          | DOWN
          none ready and crash-looping    | true  | true  | 3       | 0     | true  | 9        | false          | DOWN
          deployment missing              | true  | false | 0       | 0     | false | 0        | false          | DOWN
          zone stale                      | false | true  | 3       | 3     | false | 0        | false          | UNKNOWN
          zone stale, was down            | false | true  | 3       | 0     | false | 0        | false          | UNKNOWN
          """)
  void placement(
      String description,
      boolean live,
      boolean found,
      int desired,
      int ready,
      boolean crash,
      int restarts,
      boolean progressFailed,
      Health expected) {
    var facts =
        new HealthRules.PlacementFacts(
            live, found, desired, ready, crash, restarts, progressFailed);
    assertThat(HealthRules.placement(facts)).as(description).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: live={1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                | live  | placements               | zone
          all healthy           | true  | HEALTHY HEALTHY HEALTHY  | HEALTHY
          one degraded          | true  | HEALTHY DEGRADED HEALTHY | DEGRADED
          down beats degraded   | true  | DEGRADED DOWN HEALTHY    | DOWN
          no placements         | true  |                          | HEALTHY
          not live              | false | HEALTHY HEALTHY          | UNKNOWN
          """)
  void zone(String description, boolean live, String placements, Health expected) {
    var healths =
        placements == null
            ? java.util.List.<Health>of()
            : Arrays.stream(placements.trim().split("\\s+")).map(Health::valueOf).toList();
    assertThat(HealthRules.zone(live, healths)).as(description).isEqualTo(expected);
  }

  @ParameterizedTest(name = "dependency where the calls go {0} -> at risk {1}")
  @CsvSource({"DOWN, true", "DEGRADED, false", "HEALTHY, false", "UNKNOWN, false"})
  void dependencyRisk(Health reached, boolean atRisk) {
    assertThat(HealthRules.atRisk(reached)).isEqualTo(atRisk);
  }

  @ParameterizedTest(name = "live {0}, route found {1}, total weight {2} -> {3}")
  @CsvSource({
    "false, true, 3, UNKNOWN",
    "true, false, 0, DOWN",
    "true, true, 0, DOWN",
    "true, true, 3, HEALTHY"
  })
  void gateway(boolean live, boolean found, int total, Health expected) {
    assertThat(HealthRules.gateway(live, found, total)).isEqualTo(expected);
  }

  @Test
  void flappingThresholdIsThree() {
    assertThat(HealthRules.FLAPPING_RESTARTS).isEqualTo(3);
  }
}
