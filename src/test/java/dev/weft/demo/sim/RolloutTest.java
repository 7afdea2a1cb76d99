package dev.weft.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.demo.api.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolloutTest {
  @ParameterizedTest
  @CsvSource({
    "25%, 3, true, 1",
    "25%, 3, false, 0",
    "25%, 10, true, 3",
    "25%, 10, false, 2",
    "2, 10, true, 2",
    "0, 10, false, 0"
  })
  void resolvesIntOrPercent(String value, int desired, boolean roundUp, int expected) {
    assertThat(Rollout.resolve(Json.NODES.stringNode(value), desired, roundUp, "25%"))
        .isEqualTo(expected);
  }
}
