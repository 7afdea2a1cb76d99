package dev.weft.ui.shell;

import dev.weft.ui.FabricSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/// The JavaFX application. JavaFX instantiates it reflectively, so what it needs arrives through
/// static fields set by [WeftWindow] just before launch.
public final class WeftApplication extends Application {
  static volatile Path initialFabric;
  static volatile Path initialRecording;
  static volatile FabricSessions sessions;
  private ExecutorService background;

  @Override
  public void start(Stage stage) {
    background =
        Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("weft-io").factory());
    ShellViewModel vm = new ShellViewModel(sessions, null, background, Platform::runLater);
    new MainWindow(stage, vm, UiSettings.forUser(), Clock.systemUTC());
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      var icon =
          WeftApplication.class.getResource(
              "/dev/weft/icons/" + size + "x" + size + "/apps/dev.weft.Weft.png");
      if (icon != null) {
        stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
      }
    }
    if (initialRecording != null) {
      vm.openRecording(initialRecording);
    } else if (initialFabric == null) {
      vm.openDemo();
    } else {
      vm.open(initialFabric);
    }
    stage.show();
  }

  @Override
  public void stop() {
    if (background != null) {
      background.shutdownNow();
    }
  }
}
