package dev.weft.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/// Writes a PNG file. Opened here, not by `ImageIO.write(image, "png", file)`: the JDK's file
/// stream provider prints the stack trace of a file it cannot open (a folder, no permission)
/// before ImageIO says only "Can't create an ImageOutputStream!".
public final class PngFiles {
  private PngFiles() {}

  /// Writes `image` to `out`, making its folder.
  ///
  /// @throws IOException with a message that says why, without the path repeated
  public static void write(BufferedImage image, Path out) throws IOException {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream stream = Files.newOutputStream(out)) {
        if (!ImageIO.write(image, "png", stream)) {
          throw new IOException("no PNG writer available");
        }
      }
    } catch (FileSystemException e) {
      String why = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
      throw new IOException(
          e.getFile() != null && !e.getFile().equals(out.toString())
              ? e.getFile() + ": " + why
              : why,
          e);
    }
  }
}
