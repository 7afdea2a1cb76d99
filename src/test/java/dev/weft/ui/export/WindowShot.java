package dev.weft.ui.export;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.sample.SampleFeed;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.ThemeChoice;
import dev.weft.ui.shell.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/// A screenshot of the whole window on a snapshot, for the README and for a person to look at.
final class WindowShot {
  private WindowShot() {}

  static void take(FabricSnapshot snapshot, Path out, boolean dark) throws Exception {
    SampleFeed feed = new SampleFeed(snapshot);
    FabricSession session = FabricSession.watching(feed);
    FabricSessions sessions = FabricSessions.always(session);
    Stage[] stage = new Stage[1];
    ShellViewModel[] vm = new ShellViewModel[1];
    HeadlessFx.call(
        () -> {
          Preferences prefs = Preferences.userRoot().node("dev/weft/shot");
          prefs.putDouble("x", 0);
          prefs.putDouble("y", 0);
          prefs.putDouble("width", 1000);
          prefs.putDouble("height", 720);
          prefs.putDouble("divider.across", 0.6);
          prefs.putDouble("divider.down", 0.72);
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
          return null;
        });
    Thread.sleep(1500);
    var image =
        HeadlessFx.call(
            () -> {
              var shot = stage[0].getScene().snapshot(null);
              stage[0].hide();
              return SwingFXUtils.fromFXImage(shot, null);
            });
    ImageIO.write(image, "png", out.toFile());
  }
}
