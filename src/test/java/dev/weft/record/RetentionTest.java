package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.bench.SyntheticRecording;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Retention drops the oldest recorded data whole, keeps the newest, and the file stays sound.
class RetentionTest {
  @TempDir Path dir;

  @Test
  void dataOlderThanTheRetainedAgeIsDroppedOldestFirst() throws Exception {
    Synthetic s = Synthetic.in(dir, 3);
    Path file = dir.resolve("old.weftrec");
    // 40 recorded minutes, keyframes every 2: keep the last 10 minutes.
    try (Recorder recorder =
        s.recorder(file, Duration.ofMinutes(2), new Retention(Duration.ofMinutes(10), 1L << 30))) {
      SyntheticRecording.write(
          recorder,
          s.source(),
          s.fabric(),
          Duration.ofMinutes(40),
          Duration.ofSeconds(1),
          20,
          null);
    }
    Instant end = Synthetic.T0.plus(Duration.ofMinutes(40));
    try (Recording recording = Recording.open(file)) {
      Instant[] span = recording.span().orElseThrow();
      assertThat(span[0]).isAfter(Synthetic.T0.plus(Duration.ofMinutes(25)));
      assertThat(span[0]).isBefore(end.minus(Duration.ofMinutes(9)));
      assertThat(recording.seek(Synthetic.T0.plus(Duration.ofMinutes(5)))).isEmpty();
      assertThat(recording.seek(end.minusSeconds(30))).isPresent();
      assertThat(recording.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void aFileOverItsSizeDropsItsOldestData() throws Exception {
    Synthetic s = Synthetic.in(dir, 5);
    Path file = dir.resolve("big.weftrec");
    long max = 256 << 10;
    try (Recorder recorder =
        s.recorder(file, Duration.ofMinutes(1), new Retention(Duration.ofDays(7), max))) {
      SyntheticRecording.write(
          recorder,
          s.source(),
          s.fabric(),
          Duration.ofMinutes(60),
          Duration.ofSeconds(1),
          40,
          null);
    }
    try (Recording recording = Recording.open(file)) {
      assertThat(recording.span().orElseThrow()[0])
          .isAfter(Synthetic.T0.plus(Duration.ofMinutes(5)));
      assertThat(recording.integrityCheck()).isEqualTo("ok");
    }
    assertThat(java.nio.file.Files.size(file)).isLessThan(2 * max);
  }
}
