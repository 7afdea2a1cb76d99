package dev.weft.record;

import dev.weft.action.Journal;
import java.nio.file.Path;

/// Where recordings live: `recordings/FABRIC.weftrec` in Weft's data folder, beside the
/// journal (`weft.data.dir`, `WEFT_DATA_DIR`, else the platform's data folder). Stateless.
public final class RecordingFiles {
  public static final String EXTENSION = ".weftrec";

  private RecordingFiles() {}

  public static Path folder() {
    return Journal.defaultFile().toAbsolutePath().getParent().resolve("recordings");
  }

  /// The default recording of the fabric named `fabric`.
  public static Path of(String fabric) {
    return folder().resolve(fabric + EXTENSION);
  }
}
