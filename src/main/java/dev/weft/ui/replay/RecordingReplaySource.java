package dev.weft.ui.replay;

import dev.weft.record.RecordedChanges;
import dev.weft.record.Recording;
import dev.weft.record.RecordingCursor;
import dev.weft.state.FabricSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// Replay from a recording file, opened read-only on first use (the window's own recording may
/// not exist before its first keyframe; SQLite's WAL lets it be read while it is written).
///
/// Threading: one thread (the seeker's), as [Recording] requires.
public final class RecordingReplaySource implements ReplaySource {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Path file;
  private Recording recording;
  private RecordingCursor cursor;
  private RecordedChanges changes;

  public RecordingReplaySource(Path file) {
    this.file = file;
  }

  /// Opens the file now; a missing, foreign or corrupt one throws with a message for a person.
  public RecordingReplaySource open() {
    if (recording == null) {
      recording = Recording.open(file);
      cursor = new RecordingCursor(recording);
      changes = new RecordedChanges(recording);
    }
    return this;
  }

  public Path file() {
    return file;
  }

  @Override
  public Optional<Instant[]> span() {
    if (recording == null && !java.nio.file.Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return open().recording.growingSpan();
  }

  @Override
  public Optional<FabricSnapshot> at(Instant t) {
    return open().cursor.at(t);
  }

  @Override
  public List<Marker> actions(Instant from, Instant to) {
    List<Marker> out = new ArrayList<>();
    for (Recording.Action a : open().recording.actions(from, to)) {
      if (a.phase().equals("result")) {
        out.add(new Marker(a.at(), describe(a.json())));
      }
    }
    return out;
  }

  private static String describe(String json) {
    try {
      JsonNode e = JSON.readTree(json);
      String who = e.path("who").asString("");
      return e.path("what").asString("action")
          + (who.isEmpty() ? "" : " by " + who)
          + ": "
          + e.path("status").asString("");
    } catch (RuntimeException e) {
      return "action (its journal entry does not read)";
    }
  }

  @Override
  public Optional<Instant> nextChange(Instant t) {
    return open().changes.next(t);
  }

  @Override
  public Optional<Instant> previousChange(Instant t) {
    return open().changes.previous(t);
  }

  @Override
  public void close() {
    if (recording != null) {
      recording.close();
      recording = null;
    }
  }
}
