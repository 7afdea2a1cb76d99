package dev.weft.record;

import java.sql.SQLException;

/// Says why writing or reading a recording failed, in words for a person.
final class Failures {
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_NOTADB = 26;

  private Failures() {}

  static String describe(Exception e) {
    if (e instanceof SQLException sql) {
      int code = sql.getErrorCode() & 0xFF;
      String message = String.valueOf(sql.getMessage());
      if (code == SQLITE_FULL || message.contains("SQLITE_FULL")) {
        return "the disk is full";
      }
      if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || message.contains("SQLITE_NOTADB")) {
        return "not a Weft recording, or a damaged one";
      }
      return message;
    }
    return String.valueOf(e.getMessage());
  }
}
