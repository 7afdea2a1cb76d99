package dev.weft.action.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fabric.HealthGates;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The gates' verdicts, one row per situation a user meets: no data never fails and never
/// passes; a failed gate or a passed deadline fails; the soak must hold without a break.
class GatesTest {
  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  static final HealthGates GATES =
      new HealthGates(1.0, 0, 0, Duration.ofSeconds(60), Duration.ofMinutes(10));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'zone unreachable',               true,  3, 3, 0, 0, true,  false,  0, -1,  NO_DATA",
    "'not all ready yet',              false, 3, 2, 0, 0, true,  false,  5, -1,  WAITING",
    "'a restart fails',                false, 3, 3, 1, 0, true,  false,  5, -1,  FAIL",
    "'a warning event fails',          false, 3, 3, 0, 1, true,  false,  5, -1,  FAIL",
    "'healthy but soak not over',      false, 3, 3, 0, 0, true,  false, 30, 10,  WAITING",
    "'healthy for the whole soak',     false, 3, 3, 0, 0, true,  false, 90, 70,  PASS",
    "'rollout still in progress',      false, 3, 3, 0, 0, false, false, 90, 20,  WAITING",
    "'deadline passed, never ready',   false, 3, 1, 0, 0, true,  false, 700, -1, FAIL",
    "'ProgressDeadlineExceeded',       false, 3, 1, 0, 0, false, true,  30, -1,  FAIL",
    "'no data even past the deadline', true,  3, 0, 0, 0, false, false, 700, -1, NO_DATA",
  })
  void verdicts(
      String situation,
      boolean noData,
      int desired,
      int ready,
      int restarts,
      int warnings,
      boolean rolledOut,
      boolean deadlineExceeded,
      int secondsSinceStep,
      int passingSecondsAgo,
      GateVerdict expected) {
    Instant now = T0.plusSeconds(secondsSinceStep);
    Observation o =
        new Observation(
            noData ? "gz-1 unreachable" : null,
            desired,
            ready,
            restarts,
            warnings,
            rolledOut,
            deadlineExceeded,
            now);
    Instant passing = passingSecondsAgo < 0 ? null : now.minusSeconds(passingSecondsAgo);
    GateReport report = Gates.judge("gz-1", GATES, o, T0, passing, GATES.soak());
    assertThat(report.verdict()).as(report.text()).isEqualTo(expected);
    if (expected == GateVerdict.NO_DATA) {
      assertThat(report.passingSince()).as("the soak starts again after no data").isNull();
      assertThat(report.why()).contains("unreachable");
    }
  }
}
