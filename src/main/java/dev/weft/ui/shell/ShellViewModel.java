package dev.weft.ui.shell;

import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricError;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.DemoControls;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.Messages;
import dev.weft.ui.PodLogSource;
import dev.weft.ui.action.ActionsViewModel;
import dev.weft.ui.action.DragViewModel;
import dev.weft.ui.canary.CanaryPanelViewModel;
import dev.weft.ui.inspector.InspectorViewModel;
import dev.weft.ui.map.MapLayoutEngine;
import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.notify.NotificationsViewModel;
import dev.weft.ui.overview.MatrixViewModel;
import dev.weft.ui.statusbar.StatusBarViewModel;
import dev.weft.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The main window's state: which fabric is open (and its errors), the panels' view models, the
/// theme, presentation mode and the Demo menu. Opening and reloading a fabric file read it on
/// `background` and come back through `fx`; an invalid file shows its errors and keeps what was
/// open.
///
/// Threading: FX thread only, except that reads run on `background`.
public final class ShellViewModel {
  private final FabricSessions sessions;
  private final FabricReader reader;
  private final Executor background;
  private final Executor fx;
  private final MapViewModel map = new MapViewModel(new MapLayoutEngine());
  private final MatrixViewModel matrix = new MatrixViewModel(map);
  private final InspectorViewModel inspector;
  private final TimelineViewModel timeline;
  private final StatusBarViewModel statusBar = new StatusBarViewModel();
  private final NotificationsViewModel notifications = new NotificationsViewModel();
  private final ActionsViewModel actions;
  private final CanaryPanelViewModel canary;
  private final DragViewModel drag;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.title"));
  private final ObservableList<String> errors = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  private final ObservableList<String> scenarios = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<String> scenariosView =
      FXCollections.unmodifiableObservableList(scenarios);
  private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
  private final BooleanProperty presentation = new SimpleBooleanProperty();
  private final ShellPanels panels = new ShellPanels();
  private final ReadOnlyObjectWrapper<FabricSession> session = new ReadOnlyObjectWrapper<>();
  private Path fabricFile;
  private Fabric openFabric;
  private Consumer<Path> watcher = p -> {};
  private final dev.weft.ui.replay.ReplayViewModel replay;
  private final ShellReplay replayGlue;

  public ShellViewModel(
      FabricSessions sessions, FabricSession initial, Executor background, Executor fx) {
    this.sessions = sessions;
    this.reader = new FabricReader();
    this.background = background;
    this.fx = fx;
    this.inspector = new InspectorViewModel(initial == null ? PodLogSource.NONE : initial.logs());
    this.timeline = new TimelineViewModel(id -> map.selection().select(id));
    // Dialogs need a window: the MainWindow hands its own in (useDialogs) before any gesture.
    this.actions = new ActionsViewModel(background, fx, null, java.time.ZoneId.systemDefault());
    this.drag = new DragViewModel(actions);
    this.canary = new CanaryPanelViewModel(background, null, java.time.Clock.systemUTC());
    this.replay =
        new dev.weft.ui.replay.ReplayViewModel(
            background, fx, java.time.Clock.systemUTC(), java.time.ZoneId.systemDefault());
    this.replayGlue = new ShellReplay(replay, actions, canary, timeline, background, fx);
    map.selection().selectedIdProperty().addListener((o, a, b) -> inspector.show(b));
    // The canary panel follows the selected placement's app, and stays on it otherwise.
    map.selection().selectedIdProperty().addListener((o, a, b) -> showCanary(b));
    if (initial != null) {
      use(initial, null);
    }
  }

  /// Starts the embedded demo fabric off the FX thread (its zones take a few seconds to start)
  /// and shows it once it answers.
  public void openDemo() {
    progress.set(Messages.get("progress.demo"));
    background.execute(
        () -> {
          FabricSession demo;
          try {
            demo = sessions.demo();
          } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            fx.execute(
                () -> {
                  progress.set("");
                  errors.setAll(Messages.get("errors.demo", why));
                });
            return;
          }
          fx.execute(
              () -> {
                progress.set(Messages.get("progress.connecting"));
                use(demo, null);
              });
        });
  }

  /// What Weft is busy with before the map can show anything ("starting the demo…"); empty
  /// once every zone has answered or failed.
  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /// One snapshot into every panel; called by the [FramePump] at most once per frame.
  public void apply(FabricSnapshot snapshot) {
    if (!progress.get().isEmpty() && settled(snapshot)) {
      progress.set("");
    }
    map.apply(snapshot);
    matrix.apply(snapshot);
    inspector.apply(snapshot);
    timeline.apply(snapshot);
    statusBar.apply(snapshot);
    if (replay.activeProperty().get()) {
      replayGlue.apply(snapshot);
    } else {
      notifications.apply(snapshot);
    }
    actions.apply(snapshot);
    canary.apply(snapshot);
  }

  private static boolean settled(FabricSnapshot snapshot) {
    return snapshot.zones().values().stream()
        .map(z -> z.connection().phase())
        .noneMatch(
            p ->
                p == dev.weft.state.ConnectionPhase.CONNECTING
                    || p == dev.weft.state.ConnectionPhase.SYNCING);
  }

  public void tick(Instant now) {
    // In replay, ages ("stale for 2 min") are told from the moment shown.
    Instant shown = replay.activeProperty().get() ? replay.instantProperty().get() : now;
    map.tick(shown);
    statusBar.tick(shown);
    notifications.tick(now);
    actions.tick(shown);
    replay.tick(now);
  }

  /// File → Open recording…: replays `file` alone (no live fabric); the open fabric closes once
  /// the file reads, and stays open when it does not ([#recordingErrorProperty]).
  public void openRecording(Path file) {
    replayGlue.open(
        file,
        name -> {
          FabricSession old = session.get();
          session.set(null);
          if (old != null) {
            old.close();
          }
          fabricFile = null;
          openFabric = null;
          progress.set("");
          inspector.useLogs(PodLogSource.NONE);
          actions.use(dev.weft.ui.ActionService.NONE);
          canary.use(dev.weft.ui.CanaryService.NONE);
          scenarios.clear();
          title.set(Messages.get("app.titleWith", name + " (recording)"));
        });
  }

  /// Why the last recording opened did not read; the window shows it in a dialog.
  public ReadOnlyStringProperty recordingErrorProperty() {
    return replayGlue.openErrorProperty();
  }

  public void dismissRecordingError() {
    replayGlue.clearOpenError();
  }

  /// The time scrubber: live or a recorded moment.
  public dev.weft.ui.replay.ReplayViewModel replay() {
    return replay;
  }

  /// What the window shows: the replayed moment's feed in replay, else the session's.
  public dev.weft.ui.FabricFeed shownFeed() {
    if (replay.activeProperty().get()) {
      return replay.feed();
    }
    return session.get() == null ? null : session.get().feed();
  }

  /// Opens `file`; an invalid one leaves the open fabric as it is and shows why. Reading and
  /// connecting run on the background executor; only the outcome comes back to the FX thread.
  public void open(Path file) {
    load(file, null);
  }

  /// The open file changed on disk: reload it, keeping the current model on error.
  public void reload() {
    if (fabricFile != null) {
      load(fabricFile, openFabric);
    }
  }

  /// @param unchanged the fabric already open from `file`: no reconnect when the file still says
  ///     the same
  private void load(Path file, Fabric unchanged) {
    background.execute(
        () -> {
          FabricReadResult result = reader.read(file);
          FabricSession next =
              result instanceof FabricReadResult.Valid valid && !valid.fabric().equals(unchanged)
                  ? sessions.connect(valid.fabric())
                  : null;
          fx.execute(() -> opened(file, result, next));
        });
  }

  private void opened(Path file, FabricReadResult result, FabricSession next) {
    switch (result) {
      case FabricReadResult.Invalid invalid ->
          errors.setAll(invalid.errors().stream().map(FabricError::format).toList());
      case FabricReadResult.Valid valid -> {
        errors.clear();
        if (next == null) {
          return;
        }
        progress.set(Messages.get("progress.connecting"));
        use(next, file);
        openFabric = valid.fabric();
        if (!recent.contains(file.toAbsolutePath().normalize())) {
          recent.addFirst(file.toAbsolutePath().normalize());
        }
        watcher.accept(file);
      }
    }
  }

  private void use(FabricSession next, Path file) {
    FabricSession old = session.get();
    session.set(next);
    if (old != null && old != next) {
      old.close();
    }
    fabricFile = file;
    inspector.useLogs(next.logs());
    actions.use(next.actions());
    canary.use(next.canary());
    replayGlue.use(next);
    scenarios.setAll(next.demo().scenarios());
    String name = file == null ? Messages.get("app.demo") : file.getFileName().toString();
    title.set(Messages.get("app.titleWith", name));
  }

  /// Starts a demo scenario by name (Demo menu).
  public void runScenario(String name) {
    DemoControls demo = session.get() == null ? DemoControls.NONE : session.get().demo();
    demo.run(name);
  }

  /// Called with each successfully opened file, so the view can watch it for edits.
  public void setWatcher(Consumer<Path> watcher) {
    this.watcher = watcher;
  }

  public void dismissErrors() {
    errors.clear();
  }

  public void close() {
    if (session.get() != null) {
      session.get().close();
    }
    inspector.log().stop();
  }

  public MapViewModel map() {
    return map;
  }

  /// The overview matrix of large fabrics, and which of map and matrix the window shows.
  public MatrixViewModel matrix() {
    return matrix;
  }

  private void showCanary(String selected) {
    int at = selected == null ? -1 : selected.indexOf('@');
    if (at > 0 && !selected.substring(0, at).equals(canary.app())) {
      canary.show(selected.substring(0, at));
    }
  }

  /// The selected app's canary release.
  public CanaryPanelViewModel canary() {
    return canary;
  }

  /// Fail over and fail back: commands, failovers in force, suggestions.
  public ActionsViewModel actions() {
    return actions;
  }

  public DragViewModel drag() {
    return drag;
  }

  public InspectorViewModel inspector() {
    return inspector;
  }

  public TimelineViewModel timeline() {
    return timeline;
  }

  public StatusBarViewModel statusBar() {
    return statusBar;
  }

  public NotificationsViewModel notifications() {
    return notifications;
  }

  /// The open session; the pump follows its feed.
  public ReadOnlyObjectProperty<FabricSession> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /// Problems of the last file read, as `file:line:column: message`; empty when fine.
  public ObservableList<String> errors() {
    return errors;
  }

  public ObservableList<Path> recent() {
    return recent;
  }

  public ObservableList<String> scenarios() {
    return scenariosView;
  }

  public ObjectProperty<ThemeChoice> themeProperty() {
    return theme;
  }

  public BooleanProperty presentationProperty() {
    return presentation;
  }

  public ShellPanels panels() {
    return panels;
  }
}
