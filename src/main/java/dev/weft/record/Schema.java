package dev.weft.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/// The recording file's schema (documented in the README, "Recordings"). A file names its
/// version in `PRAGMA user_version`; one of another version is refused, not misread.
///
/// Version 2 keeps with each batch what its snapshot added to the transition history (so a
/// seek makes one snapshot, not one per batch); version 1 files lack it and are refused.
final class Schema {
  static final int VERSION = 2;
  /// "WEFT" as `PRAGMA application_id`: says what the file is to `file(1)` and to Weft.
  static final int APPLICATION_ID = 0x57454654;

  private Schema() {}

  /// WAL: a crash loses at most the transactions not yet committed, never the file. NORMAL sync
  /// in WAL survives a killed process (the OS has the pages); a power cut may lose the last
  /// commits, not consistency. Incremental auto-vacuum lets retention give space back.
  static void create(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA auto_vacuum = INCREMENTAL");
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = NORMAL");
      int version = intPragma(db, "user_version");
      int app = intPragma(db, "application_id");
      if (version == 0 && app == 0) {
        s.execute("PRAGMA application_id = " + APPLICATION_ID);
        s.execute(
            "CREATE TABLE IF NOT EXISTS sessions (id INTEGER PRIMARY KEY, started_ms INTEGER NOT"
                + " NULL, fabric TEXT NOT NULL, fabric_path TEXT NOT NULL, fabric_text TEXT NOT"
                + " NULL, weft_version TEXT NOT NULL)");
        s.execute(
            "CREATE TABLE IF NOT EXISTS keyframes (id INTEGER PRIMARY KEY, session INTEGER NOT"
                + " NULL REFERENCES sessions(id), at_ms INTEGER NOT NULL, version INTEGER NOT"
                + " NULL, state BLOB NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS keyframes_at ON keyframes(at_ms)");
        s.execute(
            "CREATE TABLE IF NOT EXISTS deltas (id INTEGER PRIMARY KEY, keyframe INTEGER NOT NULL"
                + " REFERENCES keyframes(id), first_ms INTEGER NOT NULL, last_ms INTEGER NOT"
                + " NULL, changes INTEGER NOT NULL, batches BLOB NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS deltas_keyframe ON deltas(keyframe, first_ms)");
        s.execute(
            "CREATE TABLE IF NOT EXISTS actions (id INTEGER PRIMARY KEY, session INTEGER NOT NULL"
                + " REFERENCES sessions(id), at_ms INTEGER NOT NULL, operation TEXT NOT NULL,"
                + " phase TEXT NOT NULL, entry TEXT NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS actions_at ON actions(at_ms)");
        s.execute("PRAGMA user_version = " + VERSION);
      } else {
        check(db);
      }
    }
  }

  /// Refuses a file that is not a recording, or one of another schema.
  static void check(Connection db) throws SQLException {
    int app = intPragma(db, "application_id");
    int version = intPragma(db, "user_version");
    if (app != APPLICATION_ID) {
      throw new CorruptRecordingException("not a Weft recording");
    }
    if (version > VERSION) {
      throw new CorruptRecordingException(
          "recorded by a newer Weft (schema " + version + "; this one reads " + VERSION + ")");
    }
    if (version < VERSION) {
      throw new CorruptRecordingException(
          "recorded by an older Weft (schema "
              + version
              + "; this one reads "
              + VERSION
              + " only, which can seek quickly): keep that Weft to replay it, record anew with"
              + " this one");
    }
  }

  static int intPragma(Connection db, String name) throws SQLException {
    try (Statement s = db.createStatement();
        var rs = s.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
