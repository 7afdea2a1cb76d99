package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.action.Journal;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.ui.FabricSession;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A canary released from the window's panel on the embedded demo (fast timings, a one-second
/// soak): start through the form and the preview, promote zone by zone while the window steps
/// it, then a second release aborted.
@ExtendWith(ApplicationExtension.class)
class CanaryWindowTest {
  static {
    System.setProperty("testfx.setup.timeout", "180000");
  }

  @TempDir static Path dir;
  static RunningDemo demo;
  static FabricSession session;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private Preferences prefs;
  private ShellViewModel vm;

  @BeforeAll
  static void startDemo() {
    System.setProperty(Journal.DATA_DIR_PROPERTY, dir.resolve("data").toString());
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    Fabric fabric = LiveSessions.readDemoFabric(demo);
    session = new LiveSessions().connect(fabric);
  }

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/weft/test/" + UUID.randomUUID());
    vm =
        new ShellViewModel(
            new LiveSessions(),
            new dev.weft.ui.testing.BorrowedSession(session),
            background,
            Platform::runLater);
    prefs.putDouble("width", 1200);
    prefs.putDouble("height", 760);
    new MainWindow(stage, vm, new UiSettings(prefs), Clock.systemUTC());
    vm.actions().setNotices(n -> {});
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    prefs.removeNode();
    background.shutdownNow();
  }

  @AfterAll
  static void stopDemo() {
    session.close();
    demo.close();
    System.clearProperty(Journal.DATA_DIR_PROPERTY);
  }

  @Test
  void startPromoteZoneByZoneThenAbortASecondRelease(FxRobot robot) {
    within(30, () -> robot.lookup("#placement-app1-bj-1").tryQuery().isPresent());
    robot.interact(() -> vm.map().selection().select("app1@gz-1"));
    robot.interact(
        () -> {
          TabPane side = robot.lookup(".tab-pane").queryAs(TabPane.class);
          side.getSelectionModel()
              .select(
                  side.getTabs().stream()
                      .filter(t -> "canary-tab".equals(t.getId()))
                      .findFirst()
                      .orElseThrow());
        });
    within(20, () -> text(robot, "#canary-state").equals("no release"));
    startFromThePanel(robot, "2.0");
    within(20, () -> text(robot, "#canary-state").contains("canary in gz-1"));
    // 1 ready canary pod beside 3 stable ones: a quarter of gz-1's calls.
    within(20, () -> text(robot, "#canary-badge-gz-1").equals("canary 2.0 · 25 %"));
    assertThat(text(robot, "#canary-badge-sh-1")).isEqualTo("to go");
    shot(robot, "canary-running.png");
    // Dragging the canary's badge onto the gateway promotes, through the confirmation.
    robot.drag("#canary-badge-gz-1").dropTo("#gateway");
    confirm(robot);
    within(45, () -> text(robot, "#canary-state").endsWith("promoted"));
    assertThat(robot.lookup(".canary-step-promoted").queryAll()).hasSize(3);
    // The map shows every zone promoted.
    for (String zone : java.util.List.of("gz-1", "sh-1", "bj-1")) {
      assertThat(text(robot, "#canary-badge-" + zone)).isEqualTo("\u2713 2.0");
    }

    startFromThePanel(robot, "2.1");
    within(20, () -> text(robot, "#canary-state").contains("canary in gz-1"));
    within(10, () -> text(robot, "#canary-badge-gz-1").startsWith("canary 2.1"));
    // As a user would: scroll the side panel to the button before clicking it.
    scrollIntoView(robot, "#canary-abort");
    robot.clickOn("#canary-abort");
    confirm(robot);
    within(30, () -> text(robot, "#canary-state").endsWith("aborted"));
    within(5, () -> robot.lookup("#canary-badge-gz-1").tryQuery().isEmpty());
    assertThat(text(robot, "#canary-message")).startsWith("abort");
  }

  private static void startFromThePanel(FxRobot robot, String tag) {
    within(10, () -> !robot.lookup("#canary-start").query().isDisabled());
    robot.clickOn("#canary-start");
    within(10, () -> robot.lookup("#canary-form-image").tryQuery().isPresent());
    robot.interact(
        () -> {
          robot.lookup("#canary-form-image").queryAs(TextField.class).setText(tag);
          robot.lookup("#canary-form-soak").queryAs(TextField.class).setText("1");
        });
    confirm(robot);
    // The preview of the start, planned from the live objects.
    within(20, () -> robot.lookup("#canary-preview").tryQuery().isPresent());
    // It fits a screen: its lines wrap (a registry path made it 1,777 px wide).
    assertThat(robot.lookup("#canary-preview").query().getScene().getWindow().getWidth())
        .isLessThan(800);
    confirm(robot);
  }

  /// Scrolls the side panel's scroll pane so that `query` is in its viewport.
  private static void scrollIntoView(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    javafx.scene.Parent p = node.getParent();
    while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
      p = p.getParent();
    }
    if (p instanceof javafx.scene.control.ScrollPane scroll) {
      robot.interact(
          () -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            double room =
                content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
          });
    }
  }

  /// Presses OK in the dialog showing now.
  private static void confirm(FxRobot robot) {
    within(20, () -> robot.lookup("#canary-dialog").tryQuery().isPresent());
    Node ok =
        robot
            .lookup("#canary-dialog .button")
            .match(
                (Node b) ->
                    b instanceof javafx.scene.control.Button button && button.isDefaultButton())
            .query();
    robot.clickOn(ok);
    within(10, () -> ok.getScene() == null || !ok.getScene().getWindow().isShowing());
  }

  /// With `-Dweft.shots=DIR`, the window as it is now, for a person to look at.
  private static void shot(FxRobot robot, String name) {
    String dir = System.getProperty("weft.shots");
    if (dir == null) {
      return;
    }
    var image =
        WaitForAsyncUtils.asyncFx(
            () ->
                javafx.embed.swing.SwingFXUtils.fromFXImage(
                    robot.lookup("#shell").query().getScene().snapshot(null), null));
    try {
      javax.imageio.ImageIO.write(image.get(), "png", Path.of(dir, name).toFile());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static void within(int seconds, Callable<Boolean> condition) {
    await()
        .atMost(Duration.ofSeconds(seconds))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
