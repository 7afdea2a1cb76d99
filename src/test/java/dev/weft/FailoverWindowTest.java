package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.action.ActionListener;
import dev.weft.action.ActionOptions;
import dev.weft.action.ActionRequest;
import dev.weft.action.Actions;
import dev.weft.action.Confirmation;
import dev.weft.action.FailbackScope;
import dev.weft.action.Journal;
import dev.weft.action.Plan;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.ui.FabricSession;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.UiSettings;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
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
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
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

/// Fail over and fail back in the window, on the embedded demo (one for the class) reached
/// through its kubeconfig: drag a lane onto a lane, a placement onto a placement, the keyboard
/// twins, and the preview's Enter and Esc. Every test fails back what it did.
@ExtendWith(ApplicationExtension.class)
class FailoverWindowTest {
  static {
    // The first window's CSS pass takes long on a loaded machine; TestFX's default is 60 s.
    System.setProperty("testfx.setup.timeout", "180000");
  }

  @TempDir static Path dir;
  static RunningDemo demo;
  static Fabric fabric;
  static Actions cleanup;
  // One live session for the class: each test's window borrows it and leaves it open.
  static FabricSession session;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private Preferences prefs;
  private Stage main;

  @BeforeAll
  static void startDemo() {
    // The window's journal goes to the test's folder, never the user's.
    System.setProperty(Journal.DATA_DIR_PROPERTY, dir.resolve("data").toString());
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    fabric = LiveSessions.readDemoFabric(demo);
    cleanup =
        Actions.open(
            fabric,
            KubeconfigSource.forFabric(fabric),
            ActionOptions.defaults().withJournal(dir.resolve("cleanup.jsonl")));
    session = new LiveSessions().connect(fabric);
  }

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/weft/test/" + UUID.randomUUID());
    ShellViewModel vm =
        new ShellViewModel(
            new LiveSessions(),
            new dev.weft.ui.testing.BorrowedSession(session),
            background,
            Platform::runLater);
    prefs.putDouble("width", 1200);
    prefs.putDouble("height", 760);
    new MainWindow(stage, vm, new UiSettings(prefs), Clock.systemUTC());
    // Under the headless glass platform a shown notification popup takes the keyboard from the
    // window (a desktop's does not), so results are not shown as notifications here.
    vm.actions().setNotices(n -> {});
    stage.show();
    main = stage;
  }

  @AfterEach
  void failBackAndClose() throws Exception {
    FxToolkit.cleanupStages();
    prefs.removeNode();
    background.shutdownNow();
    Plan plan = cleanup.plan(new ActionRequest.Failback(new FailbackScope.All()), "test cleanup");
    if (plan.feasible()) {
      cleanup.run(plan, Confirmation.plain(), ActionListener.NONE);
    }
    assertThat(cleanup.inForce()).isEmpty();
  }

  @AfterAll
  static void stopDemo() {
    session.close();
    cleanup.close();
    demo.close();
    System.clearProperty(Journal.DATA_DIR_PROPERTY);
  }

  @Test
  void draggingALaneOntoALaneDrainsItThere(FxRobot robot) {
    awaitLive(robot);
    Node header = robot.lookup("#lane-gz-1").query().lookup(".lane-header");
    robot.drag(header).dropTo("#lane-sh-1");
    within(15, () -> robot.lookup("#preview").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    within(20, () -> weight(robot, "gz-1").equals("0 %"));
    within(20, () -> robot.lookup("#drained-label-gz-1").tryQuery().isPresent());
    assertThat(robot.lookup("#drained-label-gz-1").queryAs(Label.class).getText())
        .contains("drained by");
    within(5, () -> badge(robot).contains("1"));
    assertThat(weight(robot, "sh-1")).isNotEqualTo(weight(robot, "bj-1"));
  }

  @Test
  void draggingAPlacementOntoTheSameAppElsewhereReroutesIt(FxRobot robot) throws Exception {
    awaitLive(robot);
    robot.drag("#placement-app2-gz-1").dropTo("#placement-app2-sh-1");
    within(15, () -> robot.lookup("#preview").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    within(20, () -> rerouteEdgeShown(robot, "placement-app1-gz-1", "placement-app2-sh-1"));
    try (KubernetesClient client = client("gz-1")) {
      var service = client.services().inNamespace(demo.namespace()).withName("app2").get();
      assertThat(service.getSpec().getType()).isEqualTo("ExternalName");
      assertThat(service.getSpec().getExternalName()).contains("sh-1");
    }
  }

  @Test
  void keysDrainFailBackAndRerouteTheSelectedPlacement(FxRobot robot) {
    awaitLive(robot);
    select(robot, "#placement-app2-gz-1");
    robot.type(KeyCode.D);
    confirmAndClose(robot, "gateway");
    within(20, () -> weight(robot, "gz-1").equals("0 %"));
    select(robot, "#placement-app2-gz-1");
    within(10, () -> badge(robot).contains("1"));
    robot.type(KeyCode.B);
    confirmAndClose(robot, "gateway");
    within(20, () -> !weight(robot, "gz-1").equals("0 %"));
    within(10, () -> badge(robot).contains("0"));
    long edgesBefore = rerouteEdges(robot, "placement-app1-gz-1");
    select(robot, "#placement-app2-gz-1");
    robot.type(KeyCode.R);
    // The menu lists the other zones in fabric order; the first one it allows is taken (sh-1,
    // or bj-1 when the drag test already rerouted app2@gz-1 to sh-1 on this shared demo).
    within(5, () -> robot.lookup(".context-menu").tryQuery().isPresent());
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    within(15, () -> robot.lookup("#preview").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    within(20, () -> rerouteEdges(robot, "placement-app1-gz-1") > edgesBefore);
  }

  /// How many cyan reroute curves start at `from`.
  private static long rerouteEdges(FxRobot robot, String from) {
    String prefix = "reroute-" + from + "-";
    return robot.lookup(n -> n.getId() != null && n.getId().startsWith(prefix)).queryAll().size();
  }

  /// Whether the map draws the cyan curve from the caller to the rerouted dependency.
  private static boolean rerouteEdgeShown(FxRobot robot, String from, String toPrefix) {
    String prefix = "reroute-" + from + "-" + toPrefix;
    return robot
        .lookup(n -> n.getId() != null && n.getId().startsWith(prefix))
        .tryQuery()
        .isPresent();
  }

  /// Waits for the preview, confirms with Enter, waits for `cluster`'s result, closes with Enter.
  private static void confirmAndClose(FxRobot robot, String cluster) {
    within(15, () -> robot.lookup("#preview").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    within(20, () -> robot.lookup("#result-" + cluster).tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    within(5, () -> robot.lookup("#preview").tryQuery().isEmpty());
  }

  @Test
  void thePreviewCancelsWithEscAndConfirmsWithEnter(FxRobot robot) {
    awaitLive(robot);
    select(robot, "#placement-app1-bj-1");
    robot.type(KeyCode.D);
    within(15, () -> robot.lookup("#preview").tryQuery().isPresent());
    robot.type(KeyCode.ESCAPE);
    within(5, () -> robot.lookup("#preview").tryQuery().isEmpty());
    assertThat(weight(robot, "bj-1")).isNotEqualTo("0 %");
    select(robot, "#placement-app1-bj-1");
    robot.type(KeyCode.D);
    within(15, () -> robot.lookup("#preview").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    within(20, () -> weight(robot, "bj-1").equals("0 %"));
    within(20, () -> robot.lookup("#result-gateway").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    within(5, () -> robot.lookup("#preview").tryQuery().isEmpty());
  }

  /// Clicks a placement near its top-left corner, clear of reroute curves drawn over its middle.
  private void select(FxRobot robot, String query) {
    // The headless platform gives no window the focus back when a dialog closes; a desktop does.
    robot.interact(main::requestFocus);
    robot.clickOn(
        robot
            .point(query)
            .atPosition(javafx.geometry.Pos.TOP_LEFT)
            .atOffset(new javafx.geometry.Point2D(14, 10)));
  }

  private static void awaitLive(FxRobot robot) {
    within(
        30,
        () ->
            robot.lookup("#placement-app3-bj-1").tryQuery().isPresent()
                && !weight(robot, "gz-1").equals("0 %")
                && robot.lookup(".placement").queryAll().stream()
                        .filter(n -> n.getPseudoClassStates().toString().contains("healthy"))
                        .count()
                    == 9);
  }

  private static String weight(FxRobot robot, String zone) {
    return robot.lookup("#gw-weight-" + zone).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  private static String badge(FxRobot robot) {
    return robot.lookup("#inforce-badge").queryAs(MenuButton.class).getText();
  }

  private KubernetesClient client(String zone) {
    Config config = Config.fromKubeconfig(demo.contextOf(zone), demo.kubeconfig().toFile());
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /// Waits up to `seconds` for `condition`, read on the FX thread.
  private static void within(int seconds, Callable<Boolean> condition) {
    await()
        .atMost(Duration.ofSeconds(seconds))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
