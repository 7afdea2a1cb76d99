package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
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
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The whole window on the embedded demo fabric, reached as a user's fabric is: the demo's
/// kubeconfig and fabric file, the live model, and changes made through the Kubernetes API.
@ExtendWith(ApplicationExtension.class)
class DemoWindowTest {
  @TempDir static Path dir;
  // Realistic timings: a replaced pod takes about a second to become ready, long enough to see.
  private final RunningDemo demo =
      DemoFabric.start(
          DemoOptions.defaults().withOutDir(dir.resolve(UUID.randomUUID().toString())));
  private final Fabric fabric = LiveSessions.readDemoFabric(demo);
  private final FabricSession session = new LiveSessions().connect(fabric);
  private final Preferences prefs =
      Preferences.userRoot().node("dev/weft/test/" + UUID.randomUUID());

  @Start
  void start(Stage stage) {
    ShellViewModel vm =
        new ShellViewModel(new LiveSessions(), session, Runnable::run, Runnable::run);
    prefs.putDouble("width", 1000);
    prefs.putDouble("height", 640);
    new MainWindow(stage, vm, new UiSettings(prefs), Clock.systemUTC());
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    prefs.removeNode();
    session.close();
    demo.close();
  }

  @Test
  void everyPlacementOfTheDemoIsANodeAndAllAreHealthy(FxRobot robot) {
    for (String zone : demo.zoneNames()) {
      for (String app : demo.appNames()) {
        String id = "#placement-" + app + "-" + zone;
        within(20, () -> robot.lookup(id).tryQuery().map(n -> has(n, "healthy")).orElse(false));
      }
    }
  }

  @Test
  void aPodDeletedThroughTheApiShowsOnItsNodeUntilReplaced(FxRobot robot) throws Exception {
    String id = "#placement-app2-sh-1";
    within(20, () -> robot.lookup(id).tryQuery().map(n -> count(n).equals("3/3")).orElse(false));
    Node node = robot.lookup(id).query();
    try (KubernetesClient client = client("sh-1")) {
      var pods = client.pods().inNamespace(demo.namespace()).withLabel("app", "app2").list();
      client.pods().resource(pods.getItems().getFirst()).delete();
    }
    within(10, () -> count(node).equals("2/3") && has(node, "degraded"));
    within(20, () -> count(node).equals("3/3") && has(node, "healthy"));
    assertThat(has(robot.lookup("#placement-app2-gz-1").query(), "degraded")).isFalse();
  }

  @Test
  void aZoneOutageGreysItsLaneAndRecoveryRestoresIt(FxRobot robot) {
    within(20, () -> robot.lookup("#lane-bj-1").tryQuery().isPresent());
    Node lane = robot.lookup("#lane-bj-1").query();
    demo.scenarios().zoneOutage("bj-1");
    within(20, () -> has(lane, "stale"));
    Label status = robot.lookup("#lane-status-bj-1").queryAs(Label.class);
    assertThat(status.getText()).startsWith("Stale \u00b7 lost ");
    assertThat(has(robot.lookup("#lane-gz-1").query(), "stale")).isFalse();
    demo.scenarios().restore("bj-1");
    within(
        60,
        () -> !has(lane, "stale") && has(robot.lookup("#placement-app1-bj-1").query(), "healthy"));
  }

  private KubernetesClient client(String zone) {
    Config config = Config.fromKubeconfig(demo.contextOf(zone), demo.kubeconfig().toFile());
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /// Ready/desired as the node tells screen readers (the card itself is painted).
  private static String count(Node placement) {
    String said = placement.getAccessibleText();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+/\\d+) pods").matcher(said);
    return m.find() ? m.group(1) : "";
  }

  private static boolean has(Node node, String pseudoClass) {
    return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
  }

  /// Waits up to `seconds` for `condition`, read on the FX thread.
  private static void within(int seconds, Callable<Boolean> condition) {
    await()
        .atMost(Duration.ofSeconds(seconds))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> WaitForAsyncUtils.asyncFx(condition).get());
  }
}
