package dev.weft.record;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;

/// Writes one compact blob of a recording: variable-length integers, strings written once and
/// then referred to by number, instants relative to the blob's first second, all deflated at
/// the end. Pod names, owners and versions repeat endlessly; this is what keeps a pod event
/// near 20 bytes on disk. Not thread-safe: one per blob, on the writer thread.
final class WireOut {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
  private final Map<String, Integer> strings = new HashMap<>();
  private final long baseSecond;

  WireOut(long baseSecond) {
    this.baseSecond = baseSecond;
    varlong(baseSecond);
  }

  void varlong(long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  void signed(long v) {
    varlong((v << 1) ^ (v >> 63));
  }

  void bool(boolean b) {
    out.write(b ? 1 : 0);
  }

  void string(String s) {
    if (s == null) {
      varlong(0);
      return;
    }
    Integer known = strings.get(s);
    if (known != null) {
      varlong(known + 2L);
      return;
    }
    strings.put(s, strings.size());
    varlong(1);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    varlong(bytes.length);
    out.writeBytes(bytes);
  }

  /// Null, or seconds since the blob's base and nanoseconds: exact, as replay needs.
  void instant(Instant t) {
    if (t == null) {
      varlong(0);
      return;
    }
    long v = t.getEpochSecond() - baseSecond;
    varlong(((v << 1) ^ (v >> 63)) + 1);
    varlong(t.getNano());
  }

  void duration(Duration d) {
    bool(d != null);
    if (d != null) {
      signed(d.getSeconds());
      varlong(d.getNano());
    }
  }

  /// The deflated bytes; the writer is done.
  byte[] finish() {
    byte[] raw = out.toByteArray();
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    deflater.setInput(raw);
    deflater.finish();
    ByteArrayOutputStream packed = new ByteArrayOutputStream(raw.length / 3 + 64);
    byte[] buffer = new byte[16384];
    while (!deflater.finished()) {
      packed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return packed.toByteArray();
  }
}
