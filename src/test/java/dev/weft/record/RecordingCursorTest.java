package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.bench.SyntheticRecording;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Transition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Playing a recording forward with a cursor gives, at every recorded instant, the snapshot the
/// model made then (as a seek does), across keyframes and after going back; stepping finds the
/// next and previous recorded transition.
class RecordingCursorTest {
  @TempDir static Path dir;
  static Path file;
  static final List<FabricSnapshot> reference = new ArrayList<>();

  @BeforeAll
  static void record() throws Exception {
    Synthetic s = Synthetic.in(dir, 3);
    file = dir.resolve("cursor.weftrec");
    try (Recorder recorder = s.recorder(file, Duration.ofMinutes(2), Retention.DEFAULT)) {
      SyntheticRecording.write(
          recorder,
          s.source(),
          s.fabric(),
          Duration.ofMinutes(9),
          Duration.ofSeconds(2),
          30,
          reference::add);
    }
  }

  /// The last snapshot made at or before `t`.
  private static FabricSnapshot expectedAt(Instant t) {
    FabricSnapshot expected = null;
    for (FabricSnapshot r : reference) {
      if (!r.at().isAfter(t)) {
        expected = r;
      }
    }
    return expected;
  }

  @Test
  void playingForwardGivesTheSnapshotOfEveryInstantAndGoingBackSeeksAgain() {
    try (Recording recording = Recording.open(file)) {
      assertThat(recording.growingSpan().orElseThrow())
          .containsExactly(recording.span().orElseThrow());
      RecordingCursor cursor = new RecordingCursor(recording);
      assertThat(cursor.at(reference.getFirst().at().minusSeconds(1))).isEmpty();
      for (FabricSnapshot r : reference) {
        Instant between = r.at().plusMillis(700);
        assertThat(cursor.at(between)).as("at %s", between).contains(expectedAt(between));
      }
      Instant back = reference.get(reference.size() / 3).at().plusMillis(300);
      assertThat(cursor.at(back)).contains(expectedAt(back));
      Instant on = back.plusSeconds(150);
      assertThat(cursor.at(on)).contains(expectedAt(on));
    }
  }

  @Test
  void stepsFindTheNextAndPreviousTransition() {
    TreeSet<Instant> changes = new TreeSet<>();
    for (FabricSnapshot r : reference) {
      r.transitions().stream().map(Transition::at).forEach(changes::add);
    }
    assertThat(changes).as("the synthetic stream changes health").hasSizeGreaterThan(2);
    try (Recording recording = Recording.open(file)) {
      RecordedChanges steps = new RecordedChanges(recording);
      Instant middle = reference.get(reference.size() / 2).at().plusMillis(1);
      assertThat(steps.next(middle))
          .isEqualTo(java.util.Optional.ofNullable(changes.higher(middle)));
      assertThat(steps.previous(middle))
          .isEqualTo(java.util.Optional.ofNullable(changes.lower(middle)));
      assertThat(steps.next(changes.last())).isEmpty();
    }
  }
}
