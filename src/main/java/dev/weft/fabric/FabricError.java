package dev.weft.fabric;

import java.nio.file.Path;

/// One problem in a fabric file, where it is and how to fix it.
///
/// @param line 1-based line, 0 when the problem concerns the whole file
/// @param column 1-based column, 0 when the problem concerns the whole file
/// @param hint how to fix it, or `null`
public record FabricError(Path file, int line, int column, String message, String hint) {

  /// `file:line:column: message` then the hint on its own line, as compilers print.
  public String format() {
    String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
    return hint == null ? where + ": " + message : where + ": " + message + "\n  hint: " + hint;
  }
}
