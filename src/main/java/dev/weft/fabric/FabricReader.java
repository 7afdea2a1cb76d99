package dev.weft.fabric;

import java.nio.file.Path;
import java.util.List;

/// Reads and validates fabric files. Thread-safe; reads block on file I/O.
public final class FabricReader {
  /// Reads `file`. A user's mistake never throws: it comes back as
  /// [FabricReadResult.Invalid].
  public FabricReadResult read(Path file) {
    return new FabricReadResult.Invalid(
        List.of(new FabricError(file, 0, 0, "fabric files cannot be read yet", null)));
  }
}
