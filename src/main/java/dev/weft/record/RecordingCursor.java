package dev.weft.record;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Replayer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/// Moves through a recording as a player does: [#at] gives the fabric as it was at an instant,
/// as [Recording#seek] does, but a later instant within the same keyframe only applies the
/// batches in between (playing at 60× then costs a few batches a frame, not a seek). Going back,
/// or past the next keyframe, seeks again. Reads what a writer commits meanwhile.
///
/// Threading: not thread-safe; the thread of its [Recording].
public final class RecordingCursor {
  private final Recording recording;
  private final ArrayDeque<ChangeCodec.Batch> pending = new ArrayDeque<>();
  private Replayer replayer;
  private long keyframe;
  private long lastRow;
  private Instant position;
  private FabricSnapshot current;

  public RecordingCursor(Recording recording) {
    this.recording = recording;
  }

  /// The fabric as it was at `t`; empty before the first keyframe.
  public Optional<FabricSnapshot> at(Instant t) {
    if (replayer == null || t.isBefore(position) || newerKeyframe(t)) {
      if (!reseek(t)) {
        return Optional.empty();
      }
    }
    read(t);
    boolean applied = false;
    while (!pending.isEmpty() && !pending.peek().at().isAfter(t)) {
      ChangeCodec.Batch b = pending.poll();
      replayer.applyRecorded(b.changes(), b.derived());
      applied = true;
    }
    position = t;
    if (applied || current == null) {
      current = applied ? replayer.replayedSnapshot() : replayer.snapshot();
    }
    return Optional.of(current);
  }

  private boolean newerKeyframe(Instant t) {
    return !recording
        .query(
            "SELECT id FROM keyframes WHERE id > ? AND at_ms <= ? LIMIT 1",
            List.of(keyframe, t.toEpochMilli()),
            rs -> rs.getLong(1))
        .isEmpty();
  }

  private boolean reseek(Instant t) {
    Recording.Segment s = recording.segment(t);
    replayer = null;
    current = null;
    pending.clear();
    if (s == null) {
      return false;
    }
    replayer = new Replayer(s.fabric(), s.state());
    keyframe = s.id();
    lastRow = 0;
    return true;
  }

  /// Queues the batches of this keyframe's rows that start by `t` and were not read yet.
  private void read(Instant t) {
    record Row(long id, byte[] batches) {}
    List<Row> rows =
        recording.query(
            "SELECT id, batches FROM deltas WHERE keyframe = ? AND id > ? AND first_ms <= ?"
                + " ORDER BY id",
            List.of(keyframe, lastRow, t.toEpochMilli()),
            rs -> new Row(rs.getLong(1), rs.getBytes(2)));
    for (Row r : rows) {
      pending.addAll(ChangeCodec.decode(r.batches()));
      lastRow = r.id();
    }
  }
}
