package dev.weft.ui.action;

import dev.weft.action.ActionRequest;
import dev.weft.action.Check;
import dev.weft.action.InForce;
import dev.weft.action.TestPlans;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.ActionService;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleFeed;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.ThemeChoice;
import dev.weft.ui.shell.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/// Renders the failover views for a person to look at (light and dark): the window with a drain
/// in force, a suggestion and the badge; and the preview dialog. Run from the test class path:
/// `java dev.weft.ui.action.ActionShots /tmp/shots`.
final class ActionShots {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "/tmp/weft-action-shots");
    Files.createDirectories(out);
    for (boolean dark : new boolean[] {false, true}) {
      shoot(out, dark);
    }
    System.exit(0);
  }

  static void shoot(Path out, boolean dark) throws Exception {
    FabricSnapshot snapshot = SampleSnapshots.threeZonesIncident(Instant.now().minusSeconds(60));
    FakeActions actions = new FakeActions();
    actions.inForce =
        List.of(
            new InForce(
                "op1",
                "drain",
                "bj-1",
                null,
                null,
                "alice",
                Instant.parse("2026-11-27T14:02:00Z"),
                "bj-1 stale"));
    actions.plans =
        r ->
            TestPlans.plan(
                r,
                List.of(
                    Check.warning(
                        Check.Kind.CAPACITY,
                        "sh-1 has 3 ready app2 pods; its new share needs about 4"),
                    Check.note(
                        Check.Kind.STICKY_SESSIONS,
                        "weight 0 does not end established sticky sessions"),
                    Check.confirm(Check.Kind.TARGET_HEALTH, "sh-1 is degraded for app1", "sh-1")),
                List.of(TestPlans.allowed()),
                List.of(TestPlans.routeStep()));
    SampleFeed feed = new SampleFeed(snapshot);
    FabricSession session =
        new FabricSession() {
          @Override
          public FabricFeed feed() {
            return feed;
          }

          @Override
          public ActionService actions() {
            return actions;
          }

          @Override
          public void close() {}
        };
    FabricSessions sessions = FabricSessions.always(session);
    Stage[] stage = new Stage[1];
    ShellViewModel[] vm = new ShellViewModel[1];
    HeadlessFx.call(
        () -> {
          Preferences prefs = Preferences.userRoot().node("dev/weft/actionshot");
          prefs.putDouble("x", 0);
          prefs.putDouble("y", 0);
          prefs.putDouble("width", 1200);
          prefs.putDouble("height", 760);
          vm[0] = new ShellViewModel(sessions, session, Runnable::run, Runnable::run);
          stage[0] = new Stage();
          new MainWindow(stage[0], vm[0], new UiSettings(prefs), Clock.systemUTC());
          vm[0].themeProperty().set(dark ? ThemeChoice.DARK : ThemeChoice.LIGHT);
          stage[0].show();
          return null;
        });
    Thread.sleep(1500);
    HeadlessFx.call(
        () -> {
          vm[0].map().selection().select("app2@gz-1");
          vm[0].drag().begin(new DragViewModel.Source.Placement("app2", "gz-1"));
          vm[0].drag().hover("app2@bj-1");
          return null;
        });
    Thread.sleep(1000);
    String theme = dark ? "dark" : "light";
    save(stage[0].getScene(), out.resolve("window-" + theme + ".png"));
    HeadlessFx.call(
        () -> {
          vm[0].drag().end();
          vm[0].actions().open(new ActionRequest.Drain("gz-1", "sh-1"));
          return null;
        });
    Thread.sleep(1000);
    Scene preview =
        HeadlessFx.call(
            () ->
                Window.getWindows().stream()
                    .filter(w -> w != stage[0])
                    .map(Window::getScene)
                    .findFirst()
                    .orElseThrow());
    save(preview, out.resolve("preview-" + theme + ".png"));
    HeadlessFx.call(
        () -> {
          List.copyOf(Window.getWindows()).forEach(Window::hide);
          return null;
        });
  }

  private static void save(Scene scene, Path file) throws Exception {
    var image = HeadlessFx.call(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
    ImageIO.write(image, "png", file.toFile());
  }
}
