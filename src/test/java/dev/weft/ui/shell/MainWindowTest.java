package dev.weft.ui.shell;

import static dev.weft.ui.testing.FxAssertions.eventually;
import static dev.weft.ui.testing.FxAssertions.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.weft.state.ConnectionPhase;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.sample.SampleFeed;
import dev.weft.ui.testing.Samples;
import java.time.Clock;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The whole window on a fake feed of the three-zone sample fabric.
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private final SampleFeed feed = new SampleFeed(Samples.healthy());
  private final Preferences prefs =
      Preferences.userRoot().node("dev/weft/test/" + UUID.randomUUID());
  private ShellViewModel vm;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    FabricSession session = FabricSession.watching(feed);
    FabricSessions sessions = FabricSessions.always(session);
    vm = new ShellViewModel(sessions, session, Runnable::run, Runnable::run);
    // A small window keeps software rendering quick.
    prefs.putDouble("width", 1000);
    prefs.putDouble("height", 640);
    window = new MainWindow(stage, vm, new UiSettings(prefs), Clock.systemUTC());
    stage.show();
  }

  @AfterEach
  void forgetSettings() throws Exception {
    // The window saves its settings when hidden: hide it before the node goes.
    org.testfx.api.FxToolkit.cleanupStages();
    prefs.removeNode();
  }

  @Test
  void exportingWritesThePngAndLeavesQuitEndingTheApp(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path out = dir.resolve("map.png");
    // As in the real window: closing the last window ends the toolkit (TestFX turns it off).
    WaitForAsyncUtils.asyncFx(() -> javafx.application.Platform.setImplicitExit(true)).get();
    try {
      WaitForAsyncUtils.asyncFx(() -> window.exportPng(out, 600)).get();
      // Layout, a 2,400-pixel snapshot and PNG encoding: slow with software rendering.
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(90))
          .until(() -> out.toFile().length() > 1000);
      assertThat(javafx.application.Platform.isImplicitExit())
          .as("Quit after an export must still end the JVM")
          .isTrue();
    } finally {
      WaitForAsyncUtils.asyncFx(() -> javafx.application.Platform.setImplicitExit(false)).get();
    }
  }

  @Test
  void presentationModeShowsTheMapAloneAndLeavesTheLayoutAsItWas(FxRobot robot) {
    eventually(() -> robot.lookup(".placement").queryAll().size() == 9);
    Node card = robot.lookup("#gateway").query();
    eventually(() -> darkShare(robot, card) > 0.5);
    WaitForAsyncUtils.asyncFx(() -> window.view().across().setDividerPositions(0.64));
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> vm.presentationProperty().set(true));
    eventually(() -> !robot.lookup("#map-toolbar").query().isVisible());
    robot.type(javafx.scene.input.KeyCode.ESCAPE);
    eventually(() -> !vm.presentationProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.view().across().getDividerPositions()[0]).isCloseTo(0.64, within(0.01));
    assertThat(robot.lookup("#map-toolbar").query().isVisible()).isTrue();
    // And the map is drawn, not covered by an empty minimap under its toolbar.
    Node gateway = robot.lookup("#gateway").query();
    eventually(() -> darkShare(robot, gateway) > 0.5);
  }

  /// The share of `node`'s area in the window's picture that is dark (the gateway card is).
  private static double darkShare(FxRobot robot, Node node) {
    javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
    javafx.scene.image.WritableImage shot =
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)));
    int dark = 0;
    int all = 0;
    for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(shot.getWidth(), b.getMaxX()); x++) {
      for (int y = (int) Math.max(0, b.getMinY());
          y < Math.min(shot.getHeight(), b.getMaxY());
          y++) {
        all++;
        if (shot.getPixelReader().getColor(x, y).getBrightness() < 0.3) {
          dark++;
        }
      }
    }
    return all == 0 ? 0 : (double) dark / all;
  }

  @Test
  void theStatusBarIsAsTallAsItsChipsNotABlankBand(FxRobot robot) {
    eventually(() -> robot.lookup("#chip-gz-1").tryQuery().isPresent());
    Node bar = robot.lookup("#status-bar").query();
    Node chip = robot.lookup("#chip-gz-1").query();
    // Three chips and the legend fit in two lines of a 1,000 px window; the map gets the rest.
    eventually(
        () -> bar.getLayoutBounds().getHeight() < 2 * chip.getLayoutBounds().getHeight() + 20);
    // ... and the in-force badge beside them keeps its whole text, not "⇄ 0 in…".
    javafx.scene.control.MenuButton badge =
        robot.lookup("#inforce-badge").queryAs(javafx.scene.control.MenuButton.class);
    assertThat(badge.getWidth()).isGreaterThanOrEqualTo(badge.prefWidth(-1) - 0.5);
  }

  @Test
  void theTimelineKeepsThreeRowsWhenItsDividerIsPulledDown(FxRobot robot) {
    eventually(() -> robot.lookup("#timeline-list").tryQuery().isPresent());
    javafx.scene.control.SplitPane down =
        (javafx.scene.control.SplitPane)
            robot.lookup(".split-pane").queryAll().stream()
                .filter(
                    n ->
                        ((javafx.scene.control.SplitPane) n).getOrientation()
                            == javafx.geometry.Orientation.VERTICAL)
                .findFirst()
                .orElseThrow();
    robot.interact(() -> down.setDividerPositions(0.99));
    Node list = robot.lookup("#timeline-list").query();
    // A sliver that shows no row is no timeline: three rows stay.
    eventually(() -> list.getLayoutBounds().getHeight() >= 3 * 24 - 0.5);
  }

  @Test
  void theFittedMapEndsAboveItsLegend(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app1-bj-1").tryQuery().isPresent());
    Node lastLane = robot.lookup("#placement-app1-bj-1").query();
    Node legend = robot.lookup("#map-legend").query();
    // Wide and short, so that the map's height decides the fit.
    robot.interact(() -> lastLane.getScene().getWindow().setWidth(1800));
    robot.clickOn("#map-fit");
    // The legend floats over the map: a fit that ignored it hid the last zone's nodes.
    eventually(
        () ->
            lastLane.localToScene(lastLane.getLayoutBounds()).getMaxY()
                <= legend.localToScene(legend.getLayoutBounds()).getMinY());
  }

  @Test
  void hidingTheSidePanelsGivesTheMapTheirRoomAndIsRemembered(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app1-gz-1").tryQuery().isPresent());
    dev.weft.ui.map.MapView map = robot.lookup("#map").queryAs(dev.weft.ui.map.MapView.class);
    // Another test may have left the stage wide: this one is about a 1,000 × 640 window.
    robot.interact(
        () -> {
          map.getScene().getWindow().setWidth(1000);
          map.getScene().getWindow().setHeight(640);
        });
    robot.clickOn("#map-fit");
    eventually(() -> map.zoom() > 0);
    double fitted = map.zoom();

    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.T);
    robot.release(javafx.scene.input.KeyCode.T, javafx.scene.input.KeyCode.CONTROL);
    eventually(() -> robot.lookup("#timeline").tryQuery().isEmpty());
    // The fit runs after the layout pass that the hidden panel causes.
    WaitForAsyncUtils.waitForFxEvents(3);
    double withoutTimeline = map.zoom();
    assertThat(withoutTimeline).isGreaterThanOrEqualTo(fitted);
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.I);
    robot.release(javafx.scene.input.KeyCode.I, javafx.scene.input.KeyCode.CONTROL);
    eventually(() -> robot.lookup("#inspector-title").tryQuery().isEmpty());
    // Fitted again to the room: the three-zone map reads larger at once.
    eventually(() -> map.zoom() > withoutTimeline * 1.2);

    // Shown again where the user left it, not at a split pane's 50 %.
    robot.interact(() -> vm.panels().inspectorProperty().set(true));
    eventually(() -> robot.lookup("#inspector-title").tryQuery().isPresent());
    eventually(() -> Math.abs(map.zoom() - withoutTimeline) < 0.01);
    robot.interact(() -> map.getScene().getWindow().hide());
    assertThat(prefs.getBoolean("panel.timeline", true)).isFalse();
    assertThat(prefs.getBoolean("panel.inspector", false)).isTrue();
  }

  @Test
  void everyPlacementHasANode(FxRobot robot) {
    eventually(() -> robot.lookup(".placement").queryAll().size() == 9);
    for (String zone : new String[] {"gz-1", "sh-1", "bj-1"}) {
      for (String app : new String[] {"app1", "app2", "app3"}) {
        assertThat(robot.lookup("#placement-" + app + "-" + zone).tryQuery()).isPresent();
      }
      assertThat(robot.lookup("#chip-" + zone).tryQuery()).isPresent();
    }
  }

  @Test
  void suggestionsSitAboveTheLegendNotOverIt(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app2-gz-1").tryQuery().isPresent());
    feed.publish(
        Samples.edit(
            feed.current(),
            "app2",
            "gz-1",
            p -> Samples.withHealth(p, dev.weft.state.Health.DOWN)));
    eventually(() -> robot.lookup("#suggestions").tryQuery().map(Node::isVisible).orElse(false));
    Node bar = robot.lookup("#suggestions").query();
    Node legend = robot.lookup("#map-legend").query();
    eventually(
        () ->
            bar.localToScene(bar.getLayoutBounds()).getMaxY()
                <= legend.localToScene(legend.getLayoutBounds()).getMinY());
  }

  @Test
  void aDeletedPodChangesItsNode(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app1-sh-1").tryQuery().isPresent());
    Node node = robot.lookup("#placement-app1-sh-1").query();
    assertThat(count(node)).isEqualTo("3/3");
    feed.publish(Samples.edit(feed.current(), "app1", "sh-1", Samples::podDeleted));
    eventually(() -> count(node).equals("2/3") && has(node, "degraded"));
    assertThat(has(robot.lookup("#placement-app1-gz-1").query(), "degraded")).isFalse();
  }

  @Test
  void selectingANodeFillsTheInspector(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app2-gz-1").tryQuery().isPresent());
    robot.clickOn("#placement-app2-gz-1");
    eventually(
        () -> robot.lookup("#inspector-title").queryAs(Label.class).getText().equals("app2@gz-1"));
    TableView<?> pods = robot.lookup("#inspector-pods").queryAs(TableView.class);
    eventually(() -> pods.getItems().size() == 3);
    assertThat(robot.lookup("#inspector-kubectl").queryAs(Label.class).getText())
        .contains("--context tke-gz-1");
    assertThat(has(robot.lookup("#placement-app2-gz-1").query(), "selected")).isTrue();
    // Every heading is whole: "Ready" was cut to "R…" in a 1440 × 900 window.
    assertThat(
            robot.lookup("#inspector-pods .column-header .label").queryAllAs(Label.class).stream()
                .filter(Label::isVisible)
                .filter(Label::isTextTruncated)
                .map(Label::getText)
                .toList())
        .isEmpty();
  }

  @Test
  void theChosenPodStaysChosenWhileItsRowRefreshes(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app2-gz-1").tryQuery().isPresent());
    robot.clickOn("#placement-app2-gz-1");
    TableView<?> pods = robot.lookup("#inspector-pods").queryAs(TableView.class);
    eventually(() -> pods.getItems().size() == 3);
    WaitForAsyncUtils.asyncFx(() -> pods.getSelectionModel().select(1));
    eventually(() -> !vm.inspector().selectedPodProperty().get().isEmpty());
    String chosen = vm.inspector().selectedPodProperty().get();
    long age = ((dev.weft.ui.inspector.PodRow) pods.getItems().getFirst()).ageSeconds();
    // A later snapshot: every pod is older, so every row is replaced.
    var now = feed.current();
    feed.publish(
        new dev.weft.state.FabricSnapshot(
            now.fabric(), now.version() + 1, now.at().plusSeconds(30), now.zones(), now.gateway()));
    eventually(
        () ->
            ((dev.weft.ui.inspector.PodRow) pods.getItems().getFirst()).ageSeconds() >= age + 30
                && pods.getSelectionModel().getSelectedItem() != null
                && vm.inspector().selectedPodProperty().get().equals(chosen));
  }

  @Test
  void searchHighlightsMatchesAndDimsTheRest(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app3-bj-1").tryQuery().isPresent());
    robot.clickOn("#map-search").write("app3");
    eventually(() -> has(robot.lookup("#placement-app3-bj-1").query(), "matched"));
    assertThat(has(robot.lookup("#placement-app1-bj-1").query(), "dimmed")).isTrue();
  }

  @Test
  void themeSwitchesToDarkAndBack(FxRobot robot) {
    Node root = robot.lookup("#shell").query();
    WaitForAsyncUtils.asyncFx(() -> vm.themeProperty().set(ThemeChoice.DARK));
    eventually(() -> root.getStyleClass().contains("dark"));
    WaitForAsyncUtils.asyncFx(() -> vm.themeProperty().set(ThemeChoice.LIGHT));
    eventually(() -> !root.getStyleClass().contains("dark"));
  }

  @Test
  void aZoneOutageGreysItsLaneAndRecoveryRestoresIt(FxRobot robot) {
    eventually(() -> robot.lookup("#lane-sh-1").tryQuery().isPresent());
    Node lane = robot.lookup("#lane-sh-1").query();
    assertThat(has(lane, "stale")).isFalse();
    feed.publish(Samples.zone(feed.current(), "sh-1", ConnectionPhase.STALE));
    eventually(
        () -> has(lane, "stale") && has(robot.lookup("#placement-app1-sh-1").query(), "stale"));
    Label status = robot.lookup("#lane-status-sh-1").queryAs(Label.class);
    assertThat(status.getText()).startsWith("Stale \u00b7 lost ");
    var recovered = Samples.healthy();
    feed.publish(
        new dev.weft.state.FabricSnapshot(
            recovered.fabric(),
            feed.current().version() + 1,
            recovered.at(),
            recovered.zones(),
            recovered.gateway()));
    eventually(() -> !has(lane, "stale") && status.getText().isEmpty());
  }

  @Test
  void arrowKeysMoveBetweenNodes(FxRobot robot) {
    eventually(() -> robot.lookup("#placement-app1-gz-1").tryQuery().isPresent());
    robot.clickOn("#placement-app1-gz-1");
    robot.type(javafx.scene.input.KeyCode.RIGHT);
    eventually(() -> vm.map().selection().selectedIdProperty().get().equals("app2@gz-1"));
    robot.type(javafx.scene.input.KeyCode.DOWN);
    eventually(() -> vm.map().selection().selectedIdProperty().get().equals("app2@sh-1"));
  }

  @Test
  void presentationModeLeavesOnlyTheMap(FxRobot robot) {
    Node root = robot.lookup("#shell").query();
    WaitForAsyncUtils.asyncFx(() -> vm.presentationProperty().set(true));
    eventually(
        () ->
            root.getStyleClass().contains("presentation")
                && !robot.lookup("#menu-bar").query().getParent().isVisible()
                && robot.lookup("#timeline").tryQuery().isEmpty());
    WaitForAsyncUtils.asyncFx(() -> vm.presentationProperty().set(false));
    eventually(
        () ->
            robot.lookup("#menu-bar").query().getParent().isVisible()
                && robot.lookup("#timeline").tryQuery().isPresent());
  }

  /// Ready/desired as the node tells screen readers (the card itself is painted).
  private static String count(Node placement) {
    String said = placement.getAccessibleText();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+/\\d+) pods").matcher(said);
    return m.find() ? m.group(1) : "";
  }
}
