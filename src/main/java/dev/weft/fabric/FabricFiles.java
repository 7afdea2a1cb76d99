package dev.weft.fabric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/// Reads the text of a fabric file: a regular file only (never a pipe or device, which could
/// block forever), at most [#MAX_BYTES], strict UTF-8, with I/O failures reported as problems
/// rather than thrown.
final class FabricFiles {
  /// Fabric files describe a handful of zones and apps; anything bigger is the wrong file.
  static final long MAX_BYTES = 1024 * 1024;

  private FabricFiles() {}

  static Optional<String> read(Path file, Problems problems) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        problems.file("is a folder, not a fabric file", "name the .yaml file inside it");
        return Optional.empty();
      }
      if (!attributes.isRegularFile()) {
        // opening a FIFO blocks until a writer comes; a device may never end
        problems.file(
            "is not a regular file (a pipe, device or socket)",
            "name the fabric file itself; to check generated text, write it to a file first");
        return Optional.empty();
      }
      long size = attributes.size();
      if (size > MAX_BYTES) {
        problems.file(tooBig(size), "check that this is the fabric file you meant");
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        problems.file(tooBig(bytes.length), "check that this is the fabric file you meant");
        return Optional.empty();
      }
      return decode(bytes, problems);
    } catch (NoSuchFileException e) {
      problems.file(
          "no such file",
          file.isAbsolute()
              ? "check the path"
              : "check the path; it is relative to " + Path.of("").toAbsolutePath());
    } catch (AccessDeniedException e) {
      problems.file("permission denied", "make the file readable for your user");
    } catch (IOException e) {
      problems.file("cannot be read: " + e.getMessage(), "check the path and the disk");
    }
    return Optional.empty();
  }

  private static String tooBig(long size) {
    return "the file is %.1f MiB; fabric files are limited to 1 MiB"
        .formatted(size / (1024.0 * 1024.0));
  }

  private static Optional<String> decode(byte[] bytes, Problems problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String before = out.flip().toString();
      problems.at(
          SyntaxErrors.posOfCodePoint(before, before.codePointCount(0, before.length())),
          "the file is not UTF-8 text (byte 0x%02X at offset %d)"
              .formatted(bytes[in.position()], in.position()),
          "save the file as UTF-8");
      return Optional.empty();
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }
}
