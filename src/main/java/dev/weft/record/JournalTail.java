package dev.weft.record;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// Follows the action journal from where it ended when recording started, handing over the
/// whole new lines about one fabric. Journal entries hold no secret by construction (see
/// [dev.weft.action.Journal]). Not thread-safe: the recorder's writer thread owns it.
final class JournalTail {
  /// One journal entry: when, which operation, which phase, and the line itself.
  record Entry(Instant at, String operation, String phase, String json) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Path file;
  private final String fabric;
  private long offset;

  JournalTail(Path file, String fabric) {
    this.file = file;
    this.fabric = fabric;
    this.offset = size(file);
  }

  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /// The entries about this fabric appended since the last call; a torn last line waits.
  List<Entry> poll() {
    List<Entry> out = new ArrayList<>();
    long size = size(file);
    if (size < offset) {
      offset = 0; // the journal was replaced
    }
    if (size == offset) {
      return out;
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(offset);
      byte[] bytes = new byte[(int) Math.min(size - offset, 16 << 20)];
      in.readFully(bytes);
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          entry(new String(bytes, start, i - start, StandardCharsets.UTF_8), out);
          start = i + 1;
        }
      }
      offset += start;
    } catch (IOException e) {
      // The journal cannot be read now; try again at the next poll.
    }
    return out;
  }

  private void entry(String line, List<Entry> out) {
    try {
      JsonNode node = JSON.readTree(line);
      if (!fabric.equals(node.path("fabric").asString(""))) {
        return;
      }
      out.add(
          new Entry(
              Instant.parse(node.path("time").asString()),
              node.path("operation").asString(""),
              node.path("phase").asString(""),
              line));
    } catch (RuntimeException e) {
      // not an entry Weft wrote: skip it
    }
  }
}
