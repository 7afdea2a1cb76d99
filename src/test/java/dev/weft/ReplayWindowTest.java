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
import dev.weft.record.Recorders;
import dev.weft.ui.FabricSession;
import dev.weft.ui.action.DragViewModel;
import dev.weft.ui.replay.ReplaySource;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.ThemeChoice;
import dev.weft.ui.shell.UiSettings;
import dev.weft.ui.timeline.TimelineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/// Replay in the window on the embedded demo, recorded as the window records: a brown-out of
/// sh-1, then the scrubber back before it shows sh-1 healthy under the Replay banner, with the
/// failover drag and menus refused; Esc is live again, sh-1 browned out.
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ReplayWindowTest {
  static {
    System.setProperty("testfx.setup.timeout", "180000");
  }

  @TempDir static Path dir;
  static RunningDemo demo;
  static FabricSession session;
  static Fabric fabric;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private Preferences prefs;
  private ShellViewModel vm;

  @BeforeAll
  static void startDemo() {
    // The window records into the test's folder, never the user's.
    System.setProperty(Journal.DATA_DIR_PROPERTY, dir.resolve("data").toString());
    System.setProperty(Recorders.PROPERTY, "true");
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    fabric = LiveSessions.readDemoFabric(demo);
    session = new LiveSessions().connect(fabric);
  }

  @Start
  void start(Stage stage) {
    prefs = Preferences.userRoot().node("dev/weft/test/" + UUID.randomUUID());
    vm = new ShellViewModel(new LiveSessions(), session, background, Platform::runLater);
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
    demo.scenarios().brownOut("sh-1", false);
    session.close();
    demo.close();
    System.clearProperty(Journal.DATA_DIR_PROPERTY);
    System.setProperty(Recorders.PROPERTY, "false");
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void scrubbingBackBeforeABrownOutShowsThePastWithActionsOffAndEscIsLiveAgain(FxRobot robot) {
    within(60, () -> healthy(robot, "sh-1") == 3 && healthy(robot, "gz-1") == 3);
    Instant before = Instant.now();
    // Recorded up to here (the scrubber reads the recording's span every few seconds).
    within(30, () -> end().isAfter(before.plusMillis(500)));
    demo.scenarios().brownOut("sh-1", true);
    within(60, () -> healthy(robot, "sh-1") < 3);
    Instant during = Instant.now();
    within(30, () -> end().isAfter(during));

    robot.interact(() -> vm.replay().scrubTo(before));
    within(15, () -> robot.lookup("#replay-banner").query().isVisible());
    String banner = robot.lookup("#replay-banner-text").queryAs(Label.class).getText();
    assertThat(banner).matches("Replay \u00b7 \\d\\d:\\d\\d:\\d\\d \u00b7 \\d+ s ago");
    within(15, () -> healthy(robot, "sh-1") == 3);
    assertThat(robot.lookup("#replay-where").queryAs(Label.class).getText())
        .isEqualTo(banner.split(" \u00b7 ")[1]);

    // Actions are off in the view models: a drag of a lane is refused everywhere, and dropping
    // it opens no preview.
    assertThat(vm.actions().canActProperty().get()).isFalse();
    robot.interact(() -> vm.drag().begin(new DragViewModel.Source.Lane("gz-1")));
    assertThat(vm.drag().verdicts().values()).isNotEmpty().noneMatch(v -> v.allowed());
    robot.interact(() -> vm.drag().end());
    Node header = robot.lookup("#lane-gz-1").query().lookup(".lane-header");
    robot.drag(header).dropTo("#lane-bj-1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#preview").tryQuery()).isEmpty();
    assertThat(vm.actions().busyProperty().get()).isFalse();
    assertThat(vm.canary().startCommand().enabledProperty().get()).isFalse();
    shot(robot, "replay-light.png");
    robot.interact(() -> vm.themeProperty().set(ThemeChoice.DARK));
    shot(robot, "replay-dark.png");

    // The next change after that moment is the brown-out, as recorded.
    robot.clickOn("#replay-next");
    within(15, () -> healthy(robot, "sh-1") < 3);
    assertThat(vm.replay().activeProperty().get()).isTrue();
    assertThat(vm.replay().instantProperty().get()).isAfter(before).isBefore(during);
    within(5, () -> !vm.timeline().visibleEntries().isEmpty());
    shot(robot, "replay-step-dark.png");

    robot.interact(() -> robot.lookup("#shell").query().requestFocus());
    robot.type(KeyCode.ESCAPE);
    within(10, () -> !robot.lookup("#replay-banner").query().isVisible());
    within(15, () -> healthy(robot, "sh-1") < 3);
    assertThat(vm.actions().canActProperty().get()).isTrue();
    assertThat(robot.lookup("#replay-where").queryAs(Label.class).getText()).isEqualTo("live");

    // An action of the journal becomes a marker, and a timeline line at the moment it applied.
    try (Actions actions =
        Actions.open(fabric, KubeconfigSource.forFabric(fabric), ActionOptions.defaults())) {
      Plan drain = actions.plan(new ActionRequest.Drain("gz-1", null), "replay test");
      actions.run(drain, Confirmation.plain(), ActionListener.NONE);
      within(30, () -> !vm.replay().markers().isEmpty());
      ReplaySource.Marker marker = vm.replay().markers().getFirst();
      assertThat(marker.text()).contains("gz-1");
      robot.interact(() -> vm.replay().scrubTo(marker.at()));
      within(
          15,
          () ->
              vm.timeline().visibleEntries().stream()
                  .anyMatch(e -> e.kind() == TimelineEntry.Kind.ACTION));
      robot.interact(() -> vm.replay().backToLive());
      Plan back = actions.plan(new ActionRequest.Failback(new FailbackScope.All()), "cleanup");
      actions.run(back, Confirmation.plain(), ActionListener.NONE);
    }
  }

  /// Last: opening a recording closes the open fabric (here the class's session).
  @Test
  @org.junit.jupiter.api.Order(2)
  void aRecordingOpenedFromAFileIsReplayOnlyAndABadFileSaysWhy(FxRobot robot) throws Exception {
    Path file = session.recording().orElseThrow();
    robot.interact(() -> vm.openRecording(file));
    within(30, () -> robot.lookup("#replay-banner").query().isVisible());
    within(15, () -> healthy(robot, "gz-1") == 3);
    assertThat(vm.titleProperty().get()).contains("(recording)");
    assertThat(robot.lookup("#replay-back-to-live").query().isVisible()).isFalse();
    assertThat(vm.replay().whyNoLiveProperty().get()).contains("no live fabric");
    robot.interact(() -> robot.lookup("#shell").query().requestFocus());
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.replay().activeProperty().get()).isTrue();
    assertThat(vm.actions().canActProperty().get()).isFalse();
    shot(robot, "replay-file.png");

    Path junk = java.nio.file.Files.writeString(dir.resolve("notes.weftrec"), "just text");
    robot.interact(() -> vm.openRecording(junk));
    within(15, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    String said =
        ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getContentText();
    assertThat(said)
        .isEqualTo("Weft cannot replay notes.weftrec: not a Weft recording, or a damaged one");
    // What was open stays open.
    assertThat(vm.replay().activeProperty().get()).isTrue();
  }

  private Instant end() {
    Instant end = vm.replay().endProperty().get();
    return end == null ? Instant.EPOCH : end;
  }

  /// How many placements of `zone` the map shows healthy.
  private static long healthy(FxRobot robot, String zone) {
    List<Node> nodes =
        robot
            .lookup(
                n ->
                    n.getId() != null
                        && n.getId().startsWith("placement-")
                        && n.getId().endsWith("-" + zone))
            .queryAll()
            .stream()
            .toList();
    return nodes.stream()
        .filter(n -> n.getPseudoClassStates().toString().contains("healthy"))
        .count();
  }

  /// With `-Dweft.shots=DIR`, the window as it is now, for a person to look at.
  private static void shot(FxRobot robot, String name) {
    String out = System.getProperty("weft.shots");
    if (out == null) {
      return;
    }
    var image =
        WaitForAsyncUtils.asyncFx(
            () ->
                javafx.embed.swing.SwingFXUtils.fromFXImage(
                    robot.lookup("#shell").query().getScene().snapshot(null), null));
    try {
      javax.imageio.ImageIO.write(image.get(), "png", Path.of(out, name).toFile());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void within(int seconds, Callable<Boolean> condition) {
    await()
        .atMost(Duration.ofSeconds(seconds))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
