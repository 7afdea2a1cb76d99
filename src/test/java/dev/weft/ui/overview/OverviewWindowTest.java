package dev.weft.ui.overview;

import static dev.weft.ui.testing.FxAssertions.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.sample.SampleFeed;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.UiSettings;
import dev.weft.ui.testing.Samples;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The whole window on an 8 zones × 10 apps sample: it opens on the matrix, a click opens the
/// inspector, Enter shows the placement on the map, the View menu's key brings the matrix back.
@ExtendWith(ApplicationExtension.class)
class OverviewWindowTest {
  // 80 placements: above the matrix's threshold, small enough for a quick test.
  private final SampleFeed feed =
      new SampleFeed(dev.weft.ui.sample.SampleSnapshots.large(8, 10, Samples.NOW));
  private final Preferences prefs =
      Preferences.userRoot().node("dev/weft/test/" + UUID.randomUUID());
  private ShellViewModel vm;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    FabricSession session = FabricSession.watching(feed);
    FabricSessions sessions = FabricSessions.always(session);
    vm = new ShellViewModel(sessions, session, Runnable::run, Runnable::run);
    prefs.putDouble("width", 1000);
    prefs.putDouble("height", 700);
    window = new MainWindow(stage, vm, new UiSettings(prefs), Clock.systemUTC());
    stage.show();
  }

  @AfterEach
  void forgetSettings() throws Exception {
    org.testfx.api.FxToolkit.cleanupStages();
    prefs.removeNode();
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get();
  }

  @Test
  void aLargeFabricOpensOnTheMatrixLinkedToTheInspectorAndTheMap(FxRobot robot) throws Exception {
    MatrixView matrix = window.view().matrix();
    // The first snapshot lays the map out as well: give a loaded machine time.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> WaitForAsyncUtils.asyncFx(() -> matrix.getScene() != null).get());
    assertThat(window.view().map().getScene()).as("the map is not in the window").isNull();
    assertThat(robot.lookup("#matrix-caption").queryAs(Label.class).getText())
        .startsWith("8 zones \u00d7 10 apps: ");

    MatrixViewModel m = vm.matrix();
    String app = m.apps().get(4);
    String zone = m.zones().get(2);
    int index = m.index(4, 2);
    robot.clickOn(onFx(() -> matrix.cellOnScreen(index)));
    eventually(
        () ->
            robot
                .lookup("#inspector-title")
                .queryAs(Label.class)
                .getText()
                .equals(app + "@" + zone));
    assertThat(m.selectedSummaryProperty().get())
        .startsWith(app + " in " + zone + ": " + m.cell(index).healthWord() + " \u2014 ");
    assertThat(robot.lookup("#matrix-focus").query().getAccessibleText())
        .isEqualTo(m.selectedSummaryProperty().get());

    robot.type(KeyCode.RIGHT);
    eventually(
        () -> vm.map().selection().selectedIdProperty().get().equals(app + "@" + m.zones().get(3)));
    robot.type(KeyCode.LEFT);
    robot.type(KeyCode.ENTER);
    eventually(() -> window.view().map().getScene() != null && matrix.getScene() == null);
    Node node = robot.lookup("#placement-" + app + "-" + zone).query();
    eventually(
        () -> {
          Bounds shown = node.localToScreen(node.getBoundsInLocal());
          Bounds map = window.view().map().localToScreen(window.view().map().getBoundsInLocal());
          return map.contains(shown.getCenterX(), shown.getCenterY());
        });

    robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
    eventually(() -> matrix.getScene() != null && m.showingProperty().get());
    assertThat(vm.map().selection().selectedIdProperty().get()).isEqualTo(app + "@" + zone);
  }
}
