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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.JsonNode;

/// A viewer (the demo's read-only user) drags a lane: every drop target is refused and says
/// who may not do what where, from the SelfSubjectAccessReview asked when the drag started; a
/// drop opens nothing.
@ExtendWith(ApplicationExtension.class)
class ForbiddenDropWindowTest {
  static {
    System.setProperty("testfx.setup.timeout", "180000");
  }

  @TempDir static Path dir;
  static RunningDemo demo;
  static FabricSession session;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

  @BeforeAll
  static void startDemo() {
    System.setProperty(Journal.DATA_DIR_PROPERTY, dir.resolve("data").toString());
    demo =
        DemoFabric.start(
            DemoOptions.defaults()
                .withUser("viewer")
                .withOutDir(dir.resolve("demo"))
                .withTimings(Timings.fast()));
    Fabric fabric = LiveSessions.readDemoFabric(demo);
    session = new LiveSessions().connect(fabric);
  }

  @Start
  void start(Stage stage) {
    Preferences prefs = Preferences.userRoot().node("dev/weft/test/" + UUID.randomUUID());
    prefs.putDouble("width", 1200);
    prefs.putDouble("height", 760);
    ShellViewModel vm =
        new ShellViewModel(new LiveSessions(), session, background, Platform::runLater);
    new MainWindow(stage, vm, new UiSettings(prefs), Clock.systemUTC());
    stage.show();
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupStages();
    demo.close();
    System.clearProperty(Journal.DATA_DIR_PROPERTY);
  }

  @Test
  void aViewerSeesTheDropRefusedWithWhoWhatAndWhere(FxRobot robot) {
    within(60, () -> robot.lookup("#placement-app3-bj-1").tryQuery().isPresent());
    within(60, () -> weight(robot, "gz-1").endsWith("%") && !weight(robot, "gz-1").equals("0 %"));
    Node header = robot.lookup("#lane-gz-1").query().lookup(".lane-header");
    robot.drag(header).moveTo("#lane-sh-1");
    // The kubeconfig user is named, as the clusters know it: weft-demo-gateway-viewer.
    within(
        30,
        () -> robot.lookup("#drop-hint").queryAs(Label.class).getText().startsWith("forbidden: "));
    String hint = robot.lookup("#drop-hint").queryAs(Label.class).getText();
    assertThat(hint)
        .contains("viewer", "may not update", "httproutes", "edge/health", "in gateway");
    Node lane = robot.lookup("#lane-sh-1").query();
    assertThat(lane.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("drop-forbidden"));
    robot.drop();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#preview").tryQuery()).isEmpty();
    assertThat(weight(robot, "gz-1")).isNotEqualTo("0 %");
    // The demo audits every request that changes something, access reviews excepted.
    assertThat(demo.auditEvents("gateway"))
        .as("the gateway's audit log")
        .noneMatch(ForbiddenDropWindowTest::write);
    background.shutdownNow();
    session.close();
  }

  private static boolean write(JsonNode event) {
    String verb = event.path("verb").asString("");
    return List.of("create", "update", "patch", "delete").contains(verb)
        && !event.path("objectRef").path("resource").asString("").endsWith("accessreviews");
  }

  private static String weight(FxRobot robot, String zone) {
    return robot.lookup("#gw-weight-" + zone).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  private static void within(int seconds, Callable<Boolean> condition) {
    await()
        .atMost(Duration.ofSeconds(seconds))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
