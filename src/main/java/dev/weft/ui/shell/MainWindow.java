package dev.weft.ui.shell;

import dev.weft.ui.action.ActionNotifier;
import dev.weft.ui.action.FxDialogService;
import dev.weft.ui.export.MapRenderer;
import dev.weft.ui.theme.Theme;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/// Puts the shell on a stage and wires what needs a window: the frame pump, theme following the
/// OS, notifications, clipboard, export, file watching and remembered layout.
///
/// Threading: FX thread only.
public final class MainWindow {
  private final ShellViewModel vm;
  private final ShellView view;
  private final FramePump pump;
  private final UiSettings settings;
  private final FileWatcher watcher;
  private final Scene scene;
  // Removed on close: the platform's preferences outlive every window.
  private final javafx.beans.value.ChangeListener<ColorScheme> onColorScheme =
      (o, a, b) -> applyTheme();
  private final java.util.concurrent.ScheduledExecutorService canarySteps =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("weft-canary-steps").factory());
  private java.util.concurrent.ScheduledFuture<?> canaryStepping;
  private final java.util.concurrent.ExecutorService exports =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("weft-export").factory());

  public MainWindow(Stage stage, ShellViewModel vm, UiSettings settings, Clock clock) {
    this.vm = vm;
    this.settings = settings;
    ShellMenus menus =
        new ShellMenus(
            vm, () -> stage, this::exportPng, this::find, this::fit, () -> stage.close());
    this.view = new ShellView(vm, menus, MainWindow::copy);
    this.pump =
        new FramePump(
            vm::apply,
            vm::tick,
            () -> {
              vm.inspector().log().drain();
              vm.canary().drain();
            },
            clock);
    // The engine moves a release only while a Weft steps it: the shown app's, twice a second,
    // and only while an app is shown (else the stepper would wake for nothing).
    vm.canary().steppingProperty().addListener((o, a, on) -> followCanary(on));
    followCanary(vm.canary().steppingProperty().get());
    this.watcher = new FileWatcher(() -> Platform.runLater(vm::reload));
    vm.setWatcher(watcher::watch);
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    scene =
        new Scene(
            view.root(),
            Math.min(settings.getDouble("width", 1440), screen.getWidth() * 0.95),
            Math.min(settings.getDouble("height", 900), screen.getHeight() * 0.92));
    stage.setScene(scene);
    stage.titleProperty().bind(vm.titleProperty());
    restore(stage);
    vm.themeProperty().addListener((o, a, b) -> applyTheme());
    Platform.getPreferences().colorSchemeProperty().addListener(onColorScheme);
    applyTheme();
    vm.actions()
        .useDialogs(new FxDialogService(stage, root -> theme().applyTo(root), MainWindow::copy));
    vm.canary().useDialogs(new dev.weft.ui.canary.FxCanaryDialogs(stage));
    vm.actions().setNotices(n -> ActionNotifier.show(stage, vm.actions(), n));
    // The pump follows what is shown: the session's live feed, or the replayed moment.
    vm.sessionProperty().addListener((o, a, s) -> pump.setFeed(vm.shownFeed()));
    vm.replay().activeProperty().addListener((o, a, on) -> pump.setFeed(vm.shownFeed()));
    pump.setFeed(vm.shownFeed());
    vm.recordingErrorProperty()
        .addListener(
            (o, a, why) -> {
              if (!why.isEmpty()) {
                javafx.scene.control.Alert alert =
                    new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.ERROR,
                        why,
                        javafx.scene.control.ButtonType.OK);
                alert.initOwner(stage);
                alert.setHeaderText("Cannot open this recording");
                alert.setTitle("Open recording");
                theme().applyTo(alert.getDialogPane());
                vm.dismissRecordingError();
                alert.show();
              }
            });
    pump.start(scene);
    vm.inspector().log().setWake(pump::wake);
    stage.setOnHidden(e -> close(stage));
  }

  /// The theme in force: the user's choice, or the OS colour scheme when following it.
  public Theme theme() {
    return switch (vm.themeProperty().get()) {
      case LIGHT -> Theme.LIGHT;
      case DARK -> Theme.DARK;
      case SYSTEM ->
          Platform.getPreferences().getColorScheme() == ColorScheme.DARK ? Theme.DARK : Theme.LIGHT;
    };
  }

  private void applyTheme() {
    theme().applyTo(view.root());
  }

  private void restore(Stage stage) {
    double x = settings.getDouble("x", Double.NaN);
    double y = settings.getDouble("y", Double.NaN);
    // Only where the title bar lands on a screen that is attached now (a laptop leaves its dock).
    if (!Double.isNaN(x)
        && !javafx.stage.Screen.getScreensForRectangle(x + 40, y + 10, 200, 30).isEmpty()) {
      stage.setX(x);
      stage.setY(y);
    }
    double across = settings.getDouble("divider.across", Double.NaN);
    // Else the side panel takes what its first layout allows (see `ShellView.acrossByDefault`).
    if (!Double.isNaN(across)) {
      view.across().setDividerPositions(across);
    }
    view.down().setDividerPositions(settings.getDouble("divider.down", 0.72));
    vm.themeProperty().set(ThemeChoice.valueOf(settings.get("theme", ThemeChoice.SYSTEM.name())));
    vm.notifications().mutedProperty().set(settings.getBoolean("muted", false));
    vm.panels().inspectorProperty().set(settings.getBoolean("panel.inspector", true));
    vm.panels().timelineProperty().set(settings.getBoolean("panel.timeline", true));
    vm.map().selection().select(settings.get("selected", ""));
    vm.recent().setAll(settings.recent());
    vm.recent()
        .addListener(
            (javafx.collections.ListChangeListener<Path>)
                c -> {
                  if (!vm.recent().isEmpty()) {
                    settings.addRecent(vm.recent().getFirst());
                  }
                });
    vm.map().selection().selectedIdProperty().addListener((o, a, b) -> settings.put("selected", b));
  }

  private void followCanary(boolean on) {
    if (canarySteps.isShutdown()) {
      return;
    }
    if (on && canaryStepping == null) {
      canaryStepping =
          canarySteps.scheduleWithFixedDelay(
              vm.canary()::stepNow, 0, 500, java.util.concurrent.TimeUnit.MILLISECONDS);
    } else if (!on && canaryStepping != null) {
      canaryStepping.cancel(false);
      canaryStepping = null;
    }
  }

  private void close(Stage stage) {
    Platform.getPreferences().colorSchemeProperty().removeListener(onColorScheme);
    pump.stop();
    canarySteps.shutdownNow();
    exports.shutdown();
    watcher.close();
    settings.putDouble("x", stage.getX());
    settings.putDouble("y", stage.getY());
    settings.putDouble("width", scene.getWidth());
    settings.putDouble("height", scene.getHeight());
    // As the user left them, not as presentation mode has them.
    settings.putDouble("divider.across", view.acrossDividers()[0]);
    settings.putDouble("divider.down", view.downDividers()[0]);
    settings.put("theme", vm.themeProperty().get().name());
    settings.putBoolean("muted", vm.notifications().mutedProperty().get());
    settings.putBoolean("panel.inspector", vm.panels().inspectorProperty().get());
    settings.putBoolean("panel.timeline", vm.panels().timelineProperty().get());
    settings.flush();
    vm.close();
  }

  private static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
  }

  private void exportPng(Path out) {
    exportPng(out, 2400);
  }

  /// Exports the map as the File menu does (`width` pixels wide); returns at once.
  void exportPng(Path out, int width) {
    var feed = vm.shownFeed();
    if (feed == null || feed.current() == null) {
      return;
    }
    // Layout and encoding off the FX thread; only the snapshot itself runs here.
    MapRenderer.renderPngAsync(feed.current(), theme(), width, out, exports)
        .whenComplete(
            (written, error) -> {
              if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                Platform.runLater(() -> vm.errors().setAll(out + ": " + cause.getMessage()));
              }
            });
  }

  private void find() {
    // Search lives on the map: from the matrix, go there first.
    vm.matrix().showingProperty().set(false);
    view.map().lookup("#map-search").requestFocus();
  }

  private void fit() {
    view.map().fit();
  }

  public ShellView view() {
    return view;
  }

  public FramePump pump() {
    return pump;
  }
}
