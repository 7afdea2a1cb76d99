package dev.weft.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The PNG export, headless, at the width asked for. (TestFX starts the toolkit first.)
@ExtendWith(ApplicationExtension.class)
class MapRendererTest {
  @Start
  void start(Stage stage) {}

  @Test
  void writesAPngOfTheRequestedWidthInEitherTheme(@TempDir Path dir) throws Exception {
    for (Theme theme : Theme.values()) {
      Path out = dir.resolve(theme + ".png");
      MapRenderer.renderPng(Samples.incident(), theme, 1200, out);
      BufferedImage image = ImageIO.read(out.toFile());
      assertThat(image.getWidth()).isEqualTo(1200);
      assertThat(image.getHeight()).isBetween(400, 900);
    }
  }
}
