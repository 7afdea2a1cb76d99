package dev.weft.record;

import dev.weft.action.Journal;
import dev.weft.fabric.Fabric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/// Starts the recorder a live fabric gets by default (the window, `weft status --watch`): on
/// unless `--no-record` (the `weft.record` property is `false`), into the fabric's file in the
/// data folder. Recording is never a reason not to watch: a file that cannot be opened is a
/// warning and no recorder. Stateless; thread-safe.
public final class Recorders {
  /// `false` turns recording off (`--no-record`; the test suite sets it).
  public static final String PROPERTY = "weft.record";

  private Recorders() {}

  public static boolean enabled() {
    return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
  }

  public static void disable() {
    System.setProperty(PROPERTY, "false");
  }

  /// The default recorder of `fabric` when recording is on; `warn` hears (on any thread) why
  /// it could not start or why it stopped.
  public static Optional<Recorder> startDefault(Fabric fabric, Consumer<String> warn) {
    if (!enabled()) {
      return Optional.empty();
    }
    return start(fabric, RecordingFiles.of(fabric.name()), Retention.DEFAULT, warn);
  }

  /// A recorder of `fabric` into `file`, following the default journal.
  public static Optional<Recorder> start(
      Fabric fabric, Path file, Retention retention, Consumer<String> warn) {
    try {
      String text = Files.readString(fabric.source());
      Recorder recorder =
          Recorder.start(
              file,
              fabric,
              text,
              Recorder.Options.defaults(Journal.defaultFile()).withRetention(retention));
      recorder.onStopped(warn);
      return Optional.of(recorder);
    } catch (IOException | UncheckedIOException | CorruptRecordingException e) {
      warn.accept("not recording to " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
