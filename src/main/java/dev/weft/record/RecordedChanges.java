package dev.weft.record;

import dev.weft.state.Transition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// Where the next or previous thing of note is in a recording: a health or connection change
/// (a transition the model recorded) or an action of the journal. Reads the deltas a page at a
/// time from the instant on, so a step costs what lies between, not the whole recording.
///
/// Threading: not thread-safe; the thread of its [Recording].
public final class RecordedChanges {
  private static final int PAGE = 64;
  private final Recording recording;

  public RecordedChanges(Recording recording) {
    this.recording = recording;
  }

  /// The first change or action strictly after `t`.
  public Optional<Instant> next(Instant t) {
    Instant found = null;
    long after = 0;
    while (found == null) {
      List<Row> rows =
          rows("id > ? AND last_ms >= ? ORDER BY id LIMIT " + PAGE, after, t.toEpochMilli());
      if (rows.isEmpty()) {
        break;
      }
      for (Row r : rows) {
        for (ChangeCodec.Batch b : ChangeCodec.decode(r.batches())) {
          for (Transition tr : b.derived().added()) {
            if (tr.at().isAfter(t) && (found == null || tr.at().isBefore(found))) {
              found = tr.at();
            }
          }
        }
        after = r.id();
      }
    }
    Instant action =
        recording.actions(t.plusMillis(1), Instant.ofEpochMilli(Long.MAX_VALUE / 4)).stream()
            .map(Recording.Action::at)
            .filter(a -> a.isAfter(t))
            .findFirst()
            .orElse(null);
    return Optional.ofNullable(earliest(found, action));
  }

  /// The last change or action strictly before `t`.
  public Optional<Instant> previous(Instant t) {
    Instant found = null;
    long before = Long.MAX_VALUE;
    while (found == null) {
      List<Row> rows =
          rows("id < ? AND first_ms <= ? ORDER BY id DESC LIMIT " + PAGE, before, t.toEpochMilli());
      if (rows.isEmpty()) {
        break;
      }
      for (Row r : rows) {
        for (ChangeCodec.Batch b : ChangeCodec.decode(r.batches())) {
          for (Transition tr : b.derived().added()) {
            if (tr.at().isBefore(t) && (found == null || tr.at().isAfter(found))) {
              found = tr.at();
            }
          }
        }
        before = r.id();
      }
    }
    List<Recording.Action> actions = recording.actions(Instant.EPOCH, t.minusMillis(1));
    Instant action =
        actions.stream()
            .map(Recording.Action::at)
            .filter(a -> a.isBefore(t))
            .reduce((a, b) -> b)
            .orElse(null);
    Instant latest =
        found == null ? action : action == null || found.isAfter(action) ? found : action;
    return Optional.ofNullable(latest);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private record Row(long id, byte[] batches) {}

  private List<Row> rows(String where, long id, long ms) {
    return recording.query(
        "SELECT id, batches FROM deltas WHERE " + where,
        List.of(id, ms),
        rs -> new Row(rs.getLong(1), rs.getBytes(2)));
  }
}
