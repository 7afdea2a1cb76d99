package dev.weft.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The user's record of every action: an append-only file of JSON lines, one entry per phase
/// (plan, refusal, dry run, apply, verify, undo, result), flushed and fsynced per entry. It
/// never holds a token or key: entries are built from plans and outcomes, which hold none.
///
/// Threading: [#append] is synchronized; readers see whole lines.
public final class Journal {
  /// Overrides the data folder (tests, portable installs): the journal is `DIR/journal.jsonl`.
  public static final String DATA_DIR_PROPERTY = "weft.data.dir";

  private final Path file;

  public Journal(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /// `journal.jsonl` in Weft's data folder: the `weft.data.dir` system property or `WEFT_DATA_DIR`
  /// when set; else `$XDG_DATA_HOME/weft` (default `~/.local/share/weft`) on Linux,
  /// `~/Library/Application Support/Weft` on macOS, `%APPDATA%\Weft` on Windows.
  public static Path defaultFile() {
    return dataFolder().resolve("journal.jsonl");
  }

  static Path dataFolder() {
    String override = System.getProperty(DATA_DIR_PROPERTY);
    if (override == null || override.isBlank()) {
      override = System.getenv("WEFT_DATA_DIR");
    }
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    Path home = Path.of(System.getProperty("user.home"));
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Weft");
    }
    if (os.contains("win")) {
      String appData = System.getenv("APPDATA");
      return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
          .resolve("Weft");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg))
        .resolve("weft");
  }

  /// Appends one entry as one line and forces it to disk. A journal that cannot be written is
  /// an [UncheckedIOException]: the caller says so, the clusters' state is unaffected.
  public synchronized void append(ObjectNode entry) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      byte[] line = (Jsons.text(entry) + "\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the journal " + file, e);
    }
  }

  /// The entries written at or after `since`, oldest first; lines that are not JSON (a torn
  /// last line after a crash) are skipped.
  public List<JsonNode> read(Instant since) {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode entry = Jsons.parse(line);
          String time = Jsons.string(entry, "time");
          if (since == null || (!time.isEmpty() && !Instant.parse(time).isBefore(since))) {
            out.add(entry);
          }
        } catch (RuntimeException e) {
          // a torn line: skip it
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + file, e);
    }
    return out;
  }

  /// One entry as a line for a person: `time  operation  phase  what: detail`.
  public static String line(JsonNode entry) {
    return Jsons.string(entry, "time")
        + "  "
        + Jsons.string(entry, "operation")
        + "  "
        + Jsons.string(entry, "phase")
        + "  "
        + Jsons.string(entry, "what")
        + (Jsons.string(entry, "detail").isEmpty() ? "" : ": " + Jsons.string(entry, "detail"));
  }
}
