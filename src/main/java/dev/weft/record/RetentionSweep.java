package dev.weft.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/// Drops the oldest data of a recording, whole (a keyframe, its deltas and the actions before
/// the next keyframe), while it holds more than the retention allows; never the keyframe being
/// written to. Then gives the freed pages back to the file system. Called on the writer thread.
final class RetentionSweep {
  private RetentionSweep() {}

  /// @return how many keyframes (with their deltas) were dropped
  static int apply(Connection db, Retention retention, long current) throws SQLException {
    int dropped = 0;
    while (true) {
      long[] oldest = oldestTwo(db);
      if (oldest == null || oldest[0] == current) {
        break;
      }
      long newestMs = scalar(db, "SELECT coalesce(max(last_ms), 0) FROM deltas");
      newestMs = Math.max(newestMs, scalar(db, "SELECT max(at_ms) FROM keyframes"));
      // The oldest segment ends where the next keyframe starts.
      boolean tooOld = oldest[1] < newestMs - retention.maxAge().toMillis();
      boolean tooBig = usedBytes(db) > retention.maxBytes();
      if (!tooOld && !tooBig) {
        break;
      }
      drop(db, oldest[0], oldest[1]);
      dropped++;
    }
    if (dropped > 0) {
      try (Statement s = db.createStatement()) {
        s.execute("DELETE FROM sessions WHERE id NOT IN (SELECT session FROM keyframes)");
      }
      db.commit();
      db.setAutoCommit(true);
      // Through JDBC each run of this pragma gives back about one page: run it until none is
      // left free (or it stops making progress).
      try (Statement s = db.createStatement()) {
        int free = Schema.intPragma(db, "freelist_count");
        while (free > 0) {
          s.execute("PRAGMA incremental_vacuum(" + free + ")");
          int left = Schema.intPragma(db, "freelist_count");
          if (left >= free) {
            break;
          }
          free = left;
        }
      } finally {
        db.setAutoCommit(false);
      }
    }
    return dropped;
  }

  /// The oldest keyframe's id and the next keyframe's instant (ms), or null when only one.
  private static long[] oldestTwo(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        var rs = s.executeQuery("SELECT id, at_ms FROM keyframes ORDER BY at_ms, id LIMIT 2")) {
      if (!rs.next()) {
        return null;
      }
      long id = rs.getLong(1);
      if (!rs.next()) {
        return null;
      }
      return new long[] {id, rs.getLong(2)};
    }
  }

  private static void drop(Connection db, long keyframe, long nextMs) throws SQLException {
    try (PreparedStatement d = db.prepareStatement("DELETE FROM deltas WHERE keyframe = ?");
        PreparedStatement k = db.prepareStatement("DELETE FROM keyframes WHERE id = ?");
        PreparedStatement a = db.prepareStatement("DELETE FROM actions WHERE at_ms < ?")) {
      d.setLong(1, keyframe);
      d.executeUpdate();
      k.setLong(1, keyframe);
      k.executeUpdate();
      a.setLong(1, nextMs);
      a.executeUpdate();
    }
  }

  static long usedBytes(Connection db) throws SQLException {
    long pages = Schema.intPragma(db, "page_count") - Schema.intPragma(db, "freelist_count");
    return pages * Schema.intPragma(db, "page_size");
  }

  private static long scalar(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        var rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
