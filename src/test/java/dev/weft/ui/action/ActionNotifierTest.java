package dev.weft.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// An action's result shows at the top of the window: at the bottom right it covered the
/// status bar's "in force" badge the action had just changed.
@ExtendWith(ApplicationExtension.class)
class ActionNotifierTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 900, 600));
    stage.show();
  }

  @Test
  void theResultShowsInTheWindowsUpperHalf() {
    WaitForAsyncUtils.asyncFx(
        () ->
            ActionNotifier.show(
                stage,
                null,
                new ActionNotice(true, "drain bj-1", "drain bj-1: done and verified", null)));
    WaitForAsyncUtils.waitForFxEvents();
    Window notice =
        Window.getWindows().stream()
            .filter(w -> w != stage && w.isShowing())
            .findFirst()
            .orElseThrow();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(notice.getY() + notice.getHeight() / 2)
        .isLessThan(stage.getY() + stage.getHeight() / 2);
  }
}
