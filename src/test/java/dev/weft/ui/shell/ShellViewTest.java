package dev.weft.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
  @Start
  void start(Stage stage) {
    ShellViewModel viewModel = new ShellViewModel(Path.of("fabrics", "health.yaml"));
    stage.setScene(new Scene(new ShellView(viewModel).root(), 800, 600));
    stage.titleProperty().bind(viewModel.titleProperty());
    stage.show();
  }

  @Test
  void windowNamesTheFabricItOpens(FxRobot robot) {
    assertThat(robot.window(0).getScene().getWindow())
        .isInstanceOfSatisfying(
            Stage.class, stage -> assertThat(stage.getTitle()).isEqualTo("Weft — health.yaml"));
    assertThat(robot.lookup("#placeholder").queryAs(Label.class).getText())
        .isEqualTo("Opening health.yaml…");
    assertThat(robot.lookup("#menu-bar").tryQuery()).isPresent();
  }
}
