package dev.weft.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `weft snapshot --out /tmp` printed a 29-line FileNotFoundException trace (the JDK's image
/// stream provider prints it) before its one-line error.
class PngFilesTest {
  @TempDir Path dir;

  @Test
  void aFolderInThePlaceOfTheFileIsAOneLineReasonAndNoTrace() throws IOException {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThatThrownBy(() -> PngFiles.write(image, dir))
          .isInstanceOf(IOException.class)
          .hasMessage("Is a directory");
    } finally {
      System.setErr(stderr);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    Path png = dir.resolve("sub/map.png");
    PngFiles.write(image, png);
    assertThat(Files.size(png)).isPositive();
  }
}
