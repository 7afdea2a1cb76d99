package dev.weft.record;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/// Reads a blob [WireOut] wrote. A damaged blob is a [CorruptRecordingException], never a
/// wrong value read silently. Not thread-safe.
final class WireIn {
  private final byte[] in;
  private final List<String> strings = new ArrayList<>();
  private final long baseSecond;
  private int pos;

  WireIn(byte[] packed) {
    this.in = inflate(packed);
    this.baseSecond = varlong();
  }

  private static byte[] inflate(byte[] packed) {
    Inflater inflater = new Inflater();
    inflater.setInput(packed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
    byte[] buffer = new byte[65536];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new CorruptRecordingException("a recorded block ends early");
        }
        out.write(buffer, 0, n);
      }
    } catch (DataFormatException e) {
      throw new CorruptRecordingException("a recorded block is damaged: " + e.getMessage());
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }

  boolean more() {
    return pos < in.length;
  }

  long varlong() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= in.length) {
        throw new CorruptRecordingException("a recorded block ends early");
      }
      byte b = in[pos++];
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new CorruptRecordingException("a recorded number is too long");
  }

  int varint() {
    return Math.toIntExact(varlong());
  }

  long signed() {
    long v = varlong();
    return (v >>> 1) ^ -(v & 1);
  }

  boolean bool() {
    if (pos >= in.length) {
      throw new CorruptRecordingException("a recorded block ends early");
    }
    return in[pos++] != 0;
  }

  String string() {
    int tag = varint();
    if (tag == 0) {
      return null;
    }
    if (tag >= 2) {
      if (tag - 2 >= strings.size()) {
        throw new CorruptRecordingException("a recorded block refers to a missing string");
      }
      return strings.get(tag - 2);
    }
    int length = varint();
    if (length < 0 || pos + length > in.length) {
      throw new CorruptRecordingException("a recorded block ends early");
    }
    String s = new String(in, pos, length, StandardCharsets.UTF_8);
    pos += length;
    strings.add(s);
    return s;
  }

  Instant instant() {
    long tag = varlong();
    if (tag == 0) {
      return null;
    }
    long zig = tag - 1;
    long v = (zig >>> 1) ^ -(zig & 1);
    return Instant.ofEpochSecond(v + baseSecond, varlong());
  }

  Duration duration() {
    return bool() ? Duration.ofSeconds(signed(), varlong()) : null;
  }
}
