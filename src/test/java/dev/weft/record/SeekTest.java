package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.bench.SyntheticRecording;
import dev.weft.state.FabricSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Seeks to random moments of a recorded stream give what a model fed the same stream showed
/// then: across keyframes, between batches, before and after the recording.
class SeekTest {
  @TempDir Path dir;

  @Test
  void randomSeeksMatchTheReferenceModel() throws Exception {
    Synthetic s = Synthetic.in(dir, 7);
    Path file = dir.resolve("seek.weftrec");
    List<FabricSnapshot> reference = new ArrayList<>();
    try (Recorder recorder = s.recorder(file, Duration.ofMinutes(2), Retention.DEFAULT)) {
      SyntheticRecording.write(
          recorder,
          s.source(),
          s.fabric(),
          Duration.ofMinutes(10),
          Duration.ofMillis(700),
          20,
          reference::add);
    }
    try (Recording recording = Recording.open(file)) {
      assertThat(recording.integrityCheck()).isEqualTo("ok");
      assertThat(recording.counts()[0]).as("keyframes").isGreaterThanOrEqualTo(5);
      Random random = new Random(11);
      Instant first = reference.getFirst().at();
      long span = Duration.between(first, reference.getLast().at()).toNanos();
      for (int i = 0; i < 60; i++) {
        Instant t = first.plusNanos((long) (random.nextDouble() * span));
        FabricSnapshot expected = null;
        for (FabricSnapshot r : reference) {
          if (!r.at().isAfter(t)) {
            expected = r;
          }
        }
        assertThat(recording.seek(t)).as("seek %s", t).contains(expected);
      }
      assertThat(recording.seek(first.minusSeconds(1))).isEmpty();
      assertThat(recording.seek(reference.getLast().at().plusSeconds(3600)))
          .contains(reference.getLast());
    }
  }

  /// A seek makes one snapshot after replaying the batches before it (their transitions as
  /// recorded): at every recorded instant it is the snapshot the model made after that batch.
  @Test
  void aSeekToEveryRecordedInstantIsTheSnapshotMadeThen() throws Exception {
    Synthetic s = Synthetic.in(dir, 3);
    Path file = dir.resolve("every.weftrec");
    List<FabricSnapshot> reference = new ArrayList<>();
    try (Recorder recorder = s.recorder(file, Duration.ofMinutes(2), Retention.DEFAULT)) {
      SyntheticRecording.write(
          recorder,
          s.source(),
          s.fabric(),
          Duration.ofMinutes(14),
          Duration.ofSeconds(2),
          30,
          reference::add);
    }
    assertThat(reference.getLast().transitions()).as("transitions to replay").isNotEmpty();
    try (Recording recording = Recording.open(file)) {
      for (int i = 0; i < reference.size(); i++) {
        FabricSnapshot expected = reference.get(i);
        if (i + 1 < reference.size() && reference.get(i + 1).at().equals(expected.at())) {
          continue;
        }
        assertThat(recording.seek(expected.at())).as("seek %s", expected.at()).contains(expected);
      }
    }
  }

  @Test
  void aRecordingOfAnOlderSchemaIsRefusedWithAMessage() throws Exception {
    Path file = dir.resolve("old.weftrec");
    try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var st = db.createStatement()) {
      st.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
      st.execute("PRAGMA user_version = 1");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Recording.open(file).close())
        .isInstanceOf(CorruptRecordingException.class)
        .hasMessageContaining("recorded by an older Weft (schema 1; this one reads 2");
  }

  @Test
  void aFileThatIsNotARecordingIsRefusedWithAMessage() throws Exception {
    Path file = dir.resolve("notes.weftrec");
    java.nio.file.Files.writeString(file, "not a database at all, just some text\n".repeat(200));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Recording.open(file).close())
        .isInstanceOf(CorruptRecordingException.class)
        .hasMessageContaining("not a Weft recording");
  }
}
