package dev.weft.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.export.HeadlessFx;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/// An action's result shows at the top of the window: at the bottom right it covered the
/// status bar's "in force" badge the action had just changed.
class ActionNotifierTest {
  @Test
  void theResultShowsInTheWindowsUpperHalf() {
    double[] centres =
        HeadlessFx.call(
            () -> {
              List<Window> before = List.copyOf(Window.getWindows());
              Stage stage = new Stage();
              stage.setScene(new Scene(new StackPane(), 900, 600));
              stage.show();
              try {
                ActionNotifier.show(
                    stage,
                    null,
                    new ActionNotice(true, "drain bj-1", "drain bj-1: done and verified", null));
                Window notice =
                    Window.getWindows().stream()
                        .filter(w -> w != stage && !before.contains(w) && w.isShowing())
                        .findFirst()
                        .orElseThrow();
                return new double[] {
                  notice.getY() + notice.getHeight() / 2, stage.getY() + stage.getHeight() / 2
                };
              } finally {
                // Nothing of this test may stay on screen for the window tests after it.
                for (Window w : List.copyOf(Window.getWindows())) {
                  if (!before.contains(w)) {
                    w.hide();
                  }
                }
              }
            });
    assertThat(centres[0]).isLessThan(centres[1]);
  }
}
