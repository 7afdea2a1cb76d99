package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.bench.SyntheticRecording;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A full disk stops recording with a message, lets the model go on, and leaves a sound file
/// holding what was written before.
class DiskFullTest {
  @TempDir Path dir;

  @AfterEach
  void uncap() {
    RecordingWriter.maxPageCountForTests = 0;
  }

  @Test
  void aFullDiskStopsRecordingWithAWarningAndTheFileStaysSound() throws Exception {
    Synthetic s = Synthetic.in(dir, 9);
    Path file = dir.resolve("full.weftrec");
    RecordingWriter.maxPageCountForTests = 60;
    List<String> warnings = new CopyOnWriteArrayList<>();
    long changes;
    try (Recorder recorder = s.recorder(file, Duration.ofMinutes(1), Retention.DEFAULT)) {
      recorder.onStopped(warnings::add);
      // The producer (the live model) is never held up by a recorder that stopped.
      changes =
          SyntheticRecording.write(
              recorder,
              s.source(),
              s.fabric(),
              Duration.ofMinutes(60),
              Duration.ofSeconds(1),
              40,
              null);
      org.awaitility.Awaitility.await().until(() -> recorder.stopped().isPresent());
      assertThat(recorder.stopped().orElseThrow()).contains("the disk is full");
      assertThat(recorder.queued()).isZero();
    }
    assertThat(changes).isGreaterThan(100_000);
    assertThat(warnings).singleElement().asString().contains("stopped: the disk is full");
    RecordingWriter.maxPageCountForTests = 0;
    try (Recording recording = Recording.open(file)) {
      assertThat(recording.integrityCheck()).isEqualTo("ok");
      assertThat(recording.seek(Synthetic.T0.plusSeconds(30))).isPresent();
    }
  }
}
