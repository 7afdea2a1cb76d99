package dev.weft.record;

import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Replayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;

/// A recording opened for reading (while it may still be written): what it spans, the moment
/// at any instant ([#seek]), every recorded snapshot of a window ([#play]), its actions.
///
/// Threading: not thread-safe; use one per thread. Reads never block the writer (WAL).
public final class Recording implements AutoCloseable {
  /// One recorded action (a journal entry about the recorded fabric).
  public record Action(Instant at, String operation, String phase, String json) {}

  private final Path file;
  private final Connection db;

  private Recording(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /// Opens `file` read-only. A missing file is an [UncheckedIOException]; one that is not a
  /// recording (or of a newer schema) a [CorruptRecordingException].
  public static Recording open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new IOException("no recording at " + file));
    }
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      Connection db =
          DriverManager.getConnection(
              "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      try {
        Schema.check(db);
      } catch (SQLException | RuntimeException e) {
        db.close();
        throw e;
      }
      return new Recording(file, db);
    } catch (SQLException e) {
      throw new CorruptRecordingException(file + ": " + Failures.describe(e));
    }
  }

  public Path file() {
    return file;
  }

  /// `PRAGMA integrity_check`'s verdict: "ok" for a sound file.
  public String integrityCheck() {
    return query("PRAGMA integrity_check", List.of(), rs -> rs.getString(1)).stream()
        .findFirst()
        .orElse("");
  }

  /// The first and last recorded instants, or empty when nothing was recorded.
  public Optional<Instant[]> span() {
    long first = scalar("SELECT min(at_ms) FROM keyframes");
    long last =
        Math.max(
            scalar("SELECT max(last_ms) FROM deltas"), scalar("SELECT max(at_ms) FROM keyframes"));
    if (first == 0) {
      return Optional.empty();
    }
    return Optional.of(new Instant[] {Instant.ofEpochMilli(first), Instant.ofEpochMilli(last)});
  }

  /// [#span] from the indexed keyframes and the newest delta row only: cheap enough to poll while
  /// the file grows (the deltas' `last_ms` has no index; rows are written in time order).
  public Optional<Instant[]> growingSpan() {
    long first = scalar("SELECT min(at_ms) FROM keyframes");
    if (first == 0) {
      return Optional.empty();
    }
    long last =
        Math.max(
            scalar("SELECT last_ms FROM deltas ORDER BY id DESC LIMIT 1"),
            scalar("SELECT max(at_ms) FROM keyframes"));
    return Optional.of(new Instant[] {Instant.ofEpochMilli(first), Instant.ofEpochMilli(last)});
  }

  /// The fabric as its file read when the session recording `t` started.
  public Fabric fabric(Instant t) {
    Segment s = segment(t);
    s = s != null ? s : next(-1, Instant.MAX);
    if (s == null) {
      throw new CorruptRecordingException(file + ": nothing was recorded");
    }
    return s.fabric();
  }

  /// The fabric as it was at `t`: the latest keyframe at or before it, then every recorded batch
  /// up to `t`, each applied as the live model did. Empty before the first keyframe.
  public Optional<FabricSnapshot> seek(Instant t) {
    List<FabricSnapshot> last = new ArrayList<>(1);
    play(
        t,
        t,
        s -> {
          last.clear();
          last.add(s);
        });
    return last.stream().findFirst();
  }

  /// Hands `each` the snapshot at `from` (as [#seek] gives it), then every recorded snapshot
  /// after it up to `to`, in order, across keyframes and sessions.
  ///
  /// Up to `from` no snapshot is made: each batch is applied with what its snapshot added to
  /// the transition history, and one snapshot is made at the end (the same one, as the
  /// placements remember when they would have been built).
  public void play(Instant from, Instant to, Consumer<FabricSnapshot> each) {
    Segment segment = segment(from);
    boolean first = segment != null;
    if (segment == null) {
      segment = next(-1, to);
    }
    while (segment != null) {
      Replayer replayer = new Replayer(segment.fabric(), segment.state());
      List<ChangeCodec.Batch> batches = deltas(segment.id(), to);
      int i = 0;
      FabricSnapshot current;
      if (first) {
        while (i < batches.size() && !batches.get(i).at().isAfter(from)) {
          replayer.applyRecorded(batches.get(i).changes(), batches.get(i).derived());
          i++;
        }
        current = i == 0 ? replayer.snapshot() : replayer.replayedSnapshot();
      } else {
        current = replayer.snapshot();
        if (current.at().isAfter(to)) {
          return;
        }
      }
      each.accept(current);
      for (; i < batches.size(); i++) {
        if (batches.get(i).at().isAfter(to)) {
          return;
        }
        each.accept(replayer.apply(batches.get(i).changes()));
      }
      first = false;
      segment = next(segment.id(), to);
    }
  }

  record Segment(long id, Fabric fabric, dev.weft.state.ModelState state) {}

  Segment segment(Instant t) {
    List<Long> ids =
        query(
            "SELECT id FROM keyframes WHERE at_ms <= ? ORDER BY at_ms DESC, id DESC LIMIT 3",
            List.of(t.toEpochMilli()),
            rs -> rs.getLong(1));
    for (long id : ids) {
      Segment s = load(id);
      if (!s.state().at().isAfter(t)) {
        return s;
      }
    }
    return null;
  }

  /// The keyframe after `after`, unless it starts after `to` (then it is not even read).
  private Segment next(long after, Instant to) {
    List<Long> ids =
        query(
            "SELECT id FROM keyframes WHERE id > ? AND at_ms <= ? ORDER BY id LIMIT 1",
            List.of(after, to.toEpochMilli()),
            rs -> rs.getLong(1));
    return ids.isEmpty() ? null : load(ids.getFirst());
  }

  private Segment load(long id) {
    record Row(byte[] state, String path, String text) {}
    Row row =
        query(
                "SELECT k.state, s.fabric_path, s.fabric_text FROM keyframes k JOIN sessions s ON"
                    + " s.id = k.session WHERE k.id = ?",
                List.of(id),
                rs -> new Row(rs.getBytes(1), rs.getString(2), rs.getString(3)))
            .getFirst();
    return new Segment(id, fabric(row.path(), row.text()), StateCodec.decode(row.state()));
  }

  private Fabric cachedFabric;
  private String cachedText;

  private Fabric fabric(String path, String text) {
    if (!text.equals(cachedText)) {
      cachedFabric =
          switch (new FabricReader().read(Path.of(path), text)) {
            case FabricReadResult.Valid v -> v.fabric();
            case FabricReadResult.Invalid i ->
                throw new CorruptRecordingException(
                    "the recorded fabric file does not read: " + i.errors().getFirst().format());
          };
      cachedText = text;
    }
    return cachedFabric;
  }

  private List<ChangeCodec.Batch> deltas(long keyframe, Instant to) {
    List<ChangeCodec.Batch> out = new ArrayList<>();
    query(
            "SELECT batches FROM deltas WHERE keyframe = ? AND first_ms <= ? ORDER BY id",
            List.of(keyframe, to.toEpochMilli()),
            rs -> rs.getBytes(1))
        .forEach(blob -> out.addAll(ChangeCodec.decode(blob)));
    return out;
  }

  /// The recorded actions from `from` to `to`, oldest first.
  public List<Action> actions(Instant from, Instant to) {
    return query(
        "SELECT at_ms, operation, phase, entry FROM actions WHERE at_ms >= ? AND at_ms <= ?"
            + " ORDER BY at_ms, id",
        List.of(from.toEpochMilli(), to.toEpochMilli()),
        rs ->
            new Action(
                Instant.ofEpochMilli(rs.getLong(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4)));
  }

  /// Keyframes, delta rows, recorded changes, bytes of blobs: for `weft bench record`.
  public long[] counts() {
    return new long[] {
      scalar("SELECT count(*) FROM keyframes"),
      scalar("SELECT count(*) FROM deltas"),
      scalar("SELECT coalesce(sum(changes), 0) FROM deltas"),
      scalar("SELECT coalesce(sum(length(batches)), 0) FROM deltas"),
      scalar("SELECT coalesce(sum(length(state)), 0) FROM keyframes")
    };
  }

  private long scalar(String sql) {
    return query(sql, List.of(), rs -> rs.getLong(1)).stream().findFirst().orElse(0L);
  }

  @FunctionalInterface
  interface RowReader<T> {
    T read(java.sql.ResultSet rs) throws SQLException;
  }

  <T> List<T> query(String sql, List<Object> args, RowReader<T> reader) {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      List<T> out = new ArrayList<>();
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new CorruptRecordingException(file + ": " + Failures.describe(e));
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // read-only: nothing to lose
    }
  }
}
