package dev.weft.record;

import dev.weft.fabric.Fabric;
import dev.weft.record.Recorder.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/// The one thread that writes a recording: deltas gathered for [Recorder.Options#flushEvery]
/// go in one transaction (one row, deflated), keyframes in their own, the journal's new actions
/// with the deltas; retention runs every half minute. Not thread-safe: owned by its thread.
final class RecordingWriter {
  private static final int MAX_PENDING_CHANGES = 20_000;
  /// Rows of deltas written while more wait in the queue share one commit (catching up, or a
  /// synthetic recording); a live recording commits each row.
  private static final int MAX_UNCOMMITTED = 200;
  private static final long RETENTION_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

  /// Caps the file at this many pages when positive: how tests fill the disk.
  static volatile int maxPageCountForTests;

  private final Connection db;
  private final Path file;
  private final long session;
  private final Recorder.Options options;
  private final JournalTail journal;
  private final List<ChangeCodec.Batch> pending = new ArrayList<>();
  private int pendingChanges;
  private long pendingSince;
  private long keyframe = -1;
  private int uncommitted;
  private long nextRetention;
  private long nextJournal;

  private RecordingWriter(
      Path file, Connection db, long session, Recorder.Options options, String fabric) {
    this.file = file;
    this.db = db;
    this.session = session;
    this.options = options;
    this.journal = options.journal() == null ? null : new JournalTail(options.journal(), fabric);
  }

  static RecordingWriter open(
      Path file, Fabric fabric, String fabricText, Recorder.Options options) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
    try {
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try {
        Schema.create(db);
        if (maxPageCountForTests > 0) {
          try (Statement s = db.createStatement()) {
            s.execute("PRAGMA max_page_count = " + maxPageCountForTests);
          }
        }
        db.setAutoCommit(false);
        long session;
        try (PreparedStatement s =
            db.prepareStatement(
                "INSERT INTO sessions (started_ms, fabric, fabric_path, fabric_text,"
                    + " weft_version) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
          s.setLong(1, System.currentTimeMillis());
          s.setString(2, fabric.name());
          s.setString(3, String.valueOf(fabric.source()));
          s.setString(4, fabricText);
          s.setString(
              5, String.valueOf(RecordingWriter.class.getPackage().getImplementationVersion()));
          s.executeUpdate();
          session = generatedKey(s);
        }
        db.commit();
        return new RecordingWriter(file, db, session, options, fabric.name());
      } catch (SQLException | RuntimeException e) {
        db.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new UncheckedIOException(
          new IOException("cannot record to " + file + ": " + Failures.describe(e), e));
    }
  }

  private static long generatedKey(Statement s) throws SQLException {
    try (var keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  void run(BlockingQueue<Item> queue, Consumer<String> stop) {
    nextRetention = System.nanoTime();
    try {
      while (true) {
        Item item = queue.poll(options.flushEvery().toMillis() / 2 + 1, TimeUnit.MILLISECONDS);
        switch (item) {
          case Recorder.Stop s -> {
            flush();
            db.commit();
            if (keyframe >= 0) {
              RetentionSweep.apply(db, options.retention(), keyframe);
              db.commit();
            }
            return;
          }
          case Recorder.Keyframe k -> {
            flush();
            keyframe(k);
          }
          case Recorder.Batch b -> add(b.batch());
          case null -> {}
        }
        if (!pending.isEmpty()
            && (System.nanoTime() - pendingSince >= options.flushEvery().toNanos()
                || pendingChanges >= MAX_PENDING_CHANGES
                || !pending
                    .getLast()
                    .at()
                    .isBefore(pending.getFirst().at().plus(options.flushEvery())))) {
          flush();
        }
        if (keyframe >= 0 && System.nanoTime() >= nextJournal) {
          flush(); // also reads the journal's new actions
          nextJournal = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        }
        if (uncommitted > 0 && (queue.isEmpty() || uncommitted >= MAX_UNCOMMITTED)) {
          db.commit();
          uncommitted = 0;
        }
        if (keyframe >= 0 && System.nanoTime() >= nextRetention) {
          RetentionSweep.apply(db, options.retention(), keyframe);
          db.commit();
          nextRetention = System.nanoTime() + RETENTION_EVERY_NANOS;
        }
      }
    } catch (SQLException | RuntimeException e) {
      stop.accept("recording to " + file + " stopped: " + Failures.describe(e));
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // the connection is closed next anyway
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        db.close();
      } catch (SQLException ignored) {
        // nothing more to save
      }
    }
  }

  private void add(ChangeCodec.Batch batch) {
    if (keyframe < 0) {
      return; // before the session's first keyframe: that keyframe holds it
    }
    if (pending.isEmpty()) {
      pendingSince = System.nanoTime();
    }
    pending.add(batch);
    pendingChanges += batch.changes().size();
  }

  private void keyframe(Recorder.Keyframe k) throws SQLException {
    byte[] blob = StateCodec.encode(k.state());
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO keyframes (session, at_ms, version, state) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, session);
      s.setLong(2, k.state().at().toEpochMilli());
      s.setLong(3, k.state().version());
      s.setBytes(4, blob);
      s.executeUpdate();
      keyframe = generatedKey(s);
    }
    db.commit();
    uncommitted = 0;
  }

  /// Commits the pending batches as one row, with the journal's new actions.
  private void flush() throws SQLException {
    if (!pending.isEmpty()) {
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO deltas (keyframe, first_ms, last_ms, changes, batches) VALUES (?, ?,"
                  + " ?, ?, ?)")) {
        s.setLong(1, keyframe);
        s.setLong(2, pending.getFirst().at().toEpochMilli());
        s.setLong(3, pending.getLast().at().toEpochMilli());
        s.setInt(4, pendingChanges);
        s.setBytes(5, ChangeCodec.encode(pending));
        s.executeUpdate();
      }
      pending.clear();
      pendingChanges = 0;
    }
    if (journal != null) {
      var entries = journal.poll();
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO actions (session, at_ms, operation, phase, entry) VALUES (?, ?, ?, ?,"
                  + " ?)")) {
        for (JournalTail.Entry e : entries) {
          s.setLong(1, session);
          s.setLong(2, e.at().toEpochMilli());
          s.setString(3, e.operation());
          s.setString(4, e.phase());
          s.setString(5, e.json());
          s.addBatch();
        }
        if (!entries.isEmpty()) {
          s.executeBatch();
        }
      }
    }
    uncommitted++;
  }
}
