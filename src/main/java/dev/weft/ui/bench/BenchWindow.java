package dev.weft.ui.bench;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.UiSettings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/// The whole window, as a user opens it, on a benchmark's load. The pump's latency listener
/// commits a [PulseRecorder.Applied] event for each snapshot applied, aged by the load.
///
/// Threading: FX thread only.
final class BenchWindow {
  private final Stage stage = new Stage();
  private final MainWindow window;
  private final AtomicLong pulses = new AtomicLong();
  private final String view;
  private final ShellViewModel vm;

  /// `view`: "map" or "matrix" switches as View → Map or Matrix would; else the window's choice.
  BenchWindow(BenchLoad load, String view) {
    AtomicReference<FabricSnapshot> handed = new AtomicReference<>();
    FabricFeed feed =
        new FabricFeed() {
          @Override
          public FabricSnapshot current() {
            FabricSnapshot s = load.feed().current();
            handed.set(s);
            return s;
          }

          @Override
          public AutoCloseable onChange(Runnable listener) {
            return load.feed().onChange(listener);
          }
        };
    FabricSession session = FabricSession.watching(feed);
    ShellViewModel vm =
        new ShellViewModel(FabricSessions.always(session), session, Runnable::run, Runnable::run);
    Preferences prefs = Preferences.userRoot().node("dev/weft/bench");
    // Every run opens the same window: what an earlier run's window saved on closing (dividers,
    // hidden panels) would make runs measure different windows.
    clear(prefs);
    prefs.putBoolean("muted", true);
    prefs.putDouble("x", 0);
    prefs.putDouble("y", 0);
    // MainWindow keeps the window on the screen (the headless one is 1000 × 1000).
    prefs.putDouble("width", 1440);
    prefs.putDouble("height", 900);
    // Written now, not by the JDK's preference timer 30 s later inside a measured window (its
    // first XML write loads classes, and the metaspace growth costs a full collection).
    flush(prefs);
    window = new MainWindow(stage, vm, new UiSettings(prefs), Clock.systemUTC());
    window
        .pump()
        .setLatencyListener(
            nanos -> {
              FabricSnapshot applied = handed.get();
              long age = applied == null ? -1 : load.age(applied, nanos);
              if (age >= 0) {
                PulseRecorder.Applied event = new PulseRecorder.Applied();
                event.ageNanos = age;
                event.commit();
              }
            });
    this.view = view;
    this.vm = vm;
    stage.show();
    stage.getScene().addPostLayoutPulseListener(pulses::incrementAndGet);
  }

  /// Switches to the asked view as View → Map or Matrix would: call once the fabric is shown
  /// (the window picks the map or the matrix by the size of the first snapshot).
  void showAskedView() {
    if (view.equals("map") || view.equals("matrix")) {
      vm.matrix().showingProperty().set(view.equals("matrix"));
    }
  }

  /// One input as a user gives it to the map, by the events the window's handlers receive: `i`
  /// picks a zoom in or out (the + and − keys), a pan (a mouse drag of 60 px on the map) or a
  /// selection (an arrow key). Returns its name, or "" when the map is not showing.
  String interact(int i) {
    javafx.scene.Node map = stage.getScene().lookup("#map");
    javafx.scene.Node canvas = stage.getScene().lookup("#map-canvas");
    if (map == null || canvas == null || !map.isVisible() || vm.matrix().showingProperty().get()) {
      return "";
    }
    return switch (i % 4) {
      case 0 -> key(map, javafx.scene.input.KeyCode.PLUS, "zoom");
      case 1 -> drag(canvas, 60);
      case 2 -> key(map, javafx.scene.input.KeyCode.MINUS, "zoom");
      default ->
          key(
              map,
              i % 8 < 4 ? javafx.scene.input.KeyCode.RIGHT : javafx.scene.input.KeyCode.DOWN,
              "select");
    };
  }

  private static String key(
      javafx.scene.Node target, javafx.scene.input.KeyCode code, String what) {
    javafx.event.Event.fireEvent(
        target,
        new javafx.scene.input.KeyEvent(
            javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    return what;
  }

  private static String drag(javafx.scene.Node target, double dx) {
    javafx.geometry.Bounds b = target.getLayoutBounds();
    double x = b.getMinX() + b.getWidth() / 2;
    double y = b.getMinY() + b.getHeight() / 2;
    for (var type :
        java.util.List.of(
            javafx.scene.input.MouseEvent.MOUSE_PRESSED,
            javafx.scene.input.MouseEvent.MOUSE_DRAGGED,
            javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
      double at = type == javafx.scene.input.MouseEvent.MOUSE_PRESSED ? x : x + dx;
      javafx.event.Event.fireEvent(
          target,
          new javafx.scene.input.MouseEvent(
              type,
              at,
              y,
              at,
              y,
              javafx.scene.input.MouseButton.PRIMARY,
              1,
              false,
              false,
              false,
              false,
              true,
              false,
              false,
              false,
              false,
              false,
              null));
    }
    return "pan";
  }

  /// Pulses the window's scene has had (counted without the Flight Recorder). Any thread.
  long pulses() {
    return pulses.get();
  }

  /// With `-Dweft.bench.png=DIR`, writes what the window shows at the end of a measured run to
  /// DIR/bench-ZxA-RATE.png, so that a figure can be read beside the picture it measured.
  void snapshotIfAsked(int[] size, int rate) {
    String dir = System.getProperty("weft.bench.png");
    if (dir == null || dir.isBlank()) {
      return;
    }
    Path out = Path.of(dir, "bench-" + size[0] + "x" + size[1] + "-" + rate + ".png");
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      BufferedImage image = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
      ImageIO.write(image, "png", out.toFile());
    } catch (IOException e) {
      System.err.println("weft bench: could not write " + out + ": " + e.getMessage());
    }
  }

  void close() {
    stage.hide();
  }

  private static void clear(Preferences prefs) {
    try {
      prefs.clear();
    } catch (java.util.prefs.BackingStoreException e) {
      // Nothing saved to clear: the window opens with its defaults either way.
    }
  }

  private static void flush(Preferences prefs) {
    try {
      prefs.flush();
    } catch (java.util.prefs.BackingStoreException e) {
      // The benchmark's own settings: the window opens without them being on disk.
    }
  }
}
