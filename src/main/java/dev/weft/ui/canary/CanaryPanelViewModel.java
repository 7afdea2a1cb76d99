package dev.weft.ui.canary;

import dev.weft.action.Permission;
import dev.weft.action.canary.CanaryResult;
import dev.weft.action.canary.GateResult;
import dev.weft.action.canary.ReleasePhase;
import dev.weft.action.canary.StartPlan;
import dev.weft.action.canary.StartRequest;
import dev.weft.fabric.HealthGates;
import dev.weft.ui.CanaryService;
import dev.weft.ui.CanaryService.Command;
import dev.weft.ui.ReleaseView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The canary panel of the selected app: its release step by step, the gates of the zone being
/// judged with a short history of ready ratio and restarts, and the commands (start, promote,
/// pause/resume, abort), each confirmed through [CanaryDialogs] and disabled with a reason when
/// it cannot run or the clusters' access reviews say the user may not.
///
/// The release moves only while some Weft steps it: [#stepNow] steps the shown app's release
/// once; the window calls it on its own scheduler every half second. Every answer from the
/// clusters is parked and applied by [#drain], once per frame: the latest step wins.
///
/// Threading: [#stepNow] on any thread but the FX thread; everything else on the FX thread (or
/// one test thread). Commands run on `background`.
public final class CanaryPanelViewModel {
  static final int HISTORY = 60;
  private final Executor background;
  private final Clock clock;
  private final AtomicReference<Step> latest = new AtomicReference<>();
  private final Queue<Runnable> answers = new ConcurrentLinkedQueue<>();
  private volatile CanaryService service = CanaryService.NONE;
  private volatile String app;
  private CanaryDialogs dialogs;
  private String denied;
  private String readOnly;
  private boolean busy;
  private final ReadOnlyObjectWrapper<ReleaseView> release = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper stepping = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
  private dev.weft.state.FabricSnapshot model;
  private final ReadOnlyStringWrapper pauseText = new ReadOnlyStringWrapper("Pause");
  private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
  private final ObservableList<GateResult> gates = FXCollections.observableArrayList();
  private final ObservableList<Double> readyHistory = FXCollections.observableArrayList();
  private final ObservableList<Integer> restartHistory = FXCollections.observableArrayList();
  private final CanaryCommand start = new CanaryCommand();
  private final CanaryCommand promote = new CanaryCommand();
  private final CanaryCommand pauseResume = new CanaryCommand();
  private final CanaryCommand abort = new CanaryCommand();

  private record Step(CanaryService from, String app, ReleaseView view) {}

  public CanaryPanelViewModel(Executor background, CanaryDialogs dialogs, Clock clock) {
    this.background = background;
    this.dialogs = dialogs;
    this.clock = clock;
    refreshCommands();
  }

  /// Replay: every command refuses with `why`; `null` allows them again.
  public void setReadOnly(String why) {
    readOnly = why;
    refreshCommands();
  }

  public void useDialogs(CanaryDialogs next) {
    dialogs = next;
  }

  /// The open fabric's canary engine (a new session): forgets the last one's answers.
  public void use(CanaryService next) {
    service = next;
    String shown = app;
    app = null;
    show(shown);
  }

  /// Shows `appName`'s release (`null`: no app selected) and asks, off the FX thread, whether
  /// the user may start one, which the access reviews answer for every command.
  public void show(String appName) {
    app = appName;
    stepping.set(appName != null && service != CanaryService.NONE);
    release.set(null);
    steps.clear();
    gates.clear();
    readyHistory.clear();
    restartHistory.clear();
    message.set("");
    denied = null;
    title.set(appName == null ? "" : "Canary of " + appName);
    state.set(appName == null ? "select an app" : "no release");
    timing.set("");
    refreshCommands();
    if (appName == null || service == CanaryService.NONE) {
      return;
    }
    CanaryService from = service;
    background.execute(
        () -> {
          String no = null;
          try {
            StartPlan probe =
                from.plan(new StartRequest(appName, "access-review", null, 1, null, ""));
            no =
                probe.permissions().stream()
                    .filter(p -> p.verdict() == Permission.Verdict.DENIED)
                    .findFirst()
                    .map(p -> "not allowed: " + p.describe())
                    .orElse(null);
          } catch (RuntimeException e) {
            // Not answered now: each command's own plan and write say why if it is refused.
          }
          String answer = no;
          answers.add(
              () -> {
                if (from == service && appName.equals(app)) {
                  denied = answer;
                  refreshCommands();
                }
              });
        });
    stepNow();
  }

  /// Whether there is a release to step: an app is shown and the fabric has a canary engine. The
  /// window steps every half second only while this holds (an idle window without a selection
  /// woke its stepper twice a second for nothing).
  public ReadOnlyBooleanProperty steppingProperty() {
    return stepping.getReadOnlyProperty();
  }

  /// Steps the shown app's release once and parks the answer for [#drain]. Blocks.
  public void stepNow() {
    String shown = app;
    CanaryService from = service;
    if (shown == null || from == CanaryService.NONE) {
      return;
    }
    ReleaseView view;
    try {
      view = from.step(shown);
    } catch (RuntimeException e) {
      return;
    }
    latest.set(new Step(from, shown, view));
  }

  /// Applies what the clusters answered since the last frame; called once per frame.
  public void drain() {
    Step step = latest.getAndSet(null);
    if (step != null && step.from() == service && step.app().equals(app)) {
      apply(step.view());
    }
    for (Runnable r = answers.poll(); r != null; r = answers.poll()) {
      r.run();
    }
  }

  private void apply(ReleaseView view) {
    release.set(view);
    if (view == null) {
      state.set("no release");
      steps.clear();
      gates.clear();
      refreshCommands();
      return;
    }
    // The tag alone: the whole image reference would crowd out the state in a narrow panel.
    state.set(view.image().substring(view.image().lastIndexOf(':') + 1) + ": " + view.state());
    timing.set(Timings.of(view, clock.instant()));
    steps.setAll(StepRows.of(view));
    List<GateResult> next = view.report() == null ? List.of() : view.report().gates();
    if (!next.equals(gates)) {
      gates.setAll(next);
    }
    if (view.report() != null) {
      for (GateResult g : next) {
        if (g.gate().equals("ready ratio")) {
          push(readyHistory, Numbers.decimal(g.value()));
        } else if (g.gate().equals("restarts")) {
          push(restartHistory, (int) Numbers.decimal(g.value()));
        }
      }
    }
    pauseText.set(view.paused() ? "Resume" : "Pause");
    badge.set(Badges.canary(view, stableReady(view)));
    refreshCommands();
  }

  private static <T> void push(ObservableList<T> history, T value) {
    history.add(value);
    if (history.size() > HISTORY) {
      history.remove(0, history.size() - HISTORY);
    }
  }

  private void refreshCommands() {
    ReleaseView r = release.get();
    boolean running = r != null && r.inProgress();
    String common =
        readOnly != null
            ? readOnly
            : app == null
                ? "no app selected"
                : service == CanaryService.NONE ? CanaryService.NO_FABRIC : busy ? "busy" : denied;
    start.set(first(common, running ? "a release is in progress: " + r.id() : null));
    String idle = running ? null : "no release in progress";
    promote.set(
        first(
            common,
            idle,
            running && r.phase() != ReleasePhase.CANARY ? "already " + r.phase().label() : null,
            running && r.promoteRequested() ? "promotion already asked" : null,
            running && r.paused() ? "paused: resume first" : null));
    pauseResume.set(
        first(common, idle, running && r.phase() == ReleasePhase.ABORTING ? "aborting" : null));
    abort.set(
        first(common, idle, running && r.phase() == ReleasePhase.ABORTING ? "aborting" : null));
  }

  private static String first(String... reasons) {
    for (String reason : reasons) {
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  /// Start…: asks image, zone, replicas and soak, plans, previews, then starts.
  public void start() {
    if (!start.enabledProperty().get()) {
      return;
    }
    String shown = app;
    HealthGates gates = service.settings().gates();
    List<String> zones = service.settings().order();
    ReleaseView last = release.get();
    StartForm form = new StartForm(shown, last == null ? "" : last.image(), zones, 1, gates.soak());
    dialogs.askStart(
        form,
        answer -> {
          HealthGates run =
              new HealthGates(
                  gates.minReadyRatio(),
                  gates.maxRestarts(),
                  gates.maxWarningEvents(),
                  answer.soak(),
                  gates.deadline());
          StartRequest request =
              new StartRequest(
                  shown, answer.image(), answer.zone(), answer.replicas(), run, "from the window");
          CanaryService from = service;
          busy(true);
          background.execute(
              () -> {
                StartPlan plan;
                try {
                  plan = from.plan(request);
                } catch (RuntimeException e) {
                  answers.add(() -> done("refused: " + e.getMessage()));
                  return;
                }
                answers.add(() -> confirmStart(from, plan));
              });
        });
  }

  private void confirmStart(CanaryService from, StartPlan plan) {
    busy(false);
    if (from != service) {
      return;
    }
    if (!plan.feasible()) {
      message.set("refused: " + String.join("; ", plan.blockers()));
      return;
    }
    List<String> lines = new ArrayList<>(plan.preview());
    plan.permissions().forEach(p -> lines.add(p.describe()));
    dialogs.confirm("Start canary of " + app, lines, () -> run(() -> from.start(plan)));
  }

  public void promote() {
    ReleaseView r = release.get();
    if (!promote.enabledProperty().get()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("promote " + r.image() + " zone by zone: " + String.join(" → ", r.order()));
    lines.add("once the canary in " + r.canaryZone() + " holds its gates for the soak");
    lines.add("a failing gate aborts and rolls every promoted zone back");
    confirm("Promote " + r.app(), lines, Command.PROMOTE);
  }

  public void pauseResume() {
    ReleaseView r = release.get();
    if (!pauseResume.enabledProperty().get()) {
      return;
    }
    Command c = r.paused() ? Command.RESUME : Command.PAUSE;
    String what =
        r.paused()
            ? "resume " + r.id() + ": the soak starts again"
            : "pause " + r.id() + ": no zone moves until it is resumed";
    confirm((r.paused() ? "Resume " : "Pause ") + r.app(), List.of(what), c);
  }

  public void abort() {
    ReleaseView r = release.get();
    if (!abort.enabledProperty().get()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("abort " + r.id() + " (" + r.image() + "): delete the canary in " + r.canaryZone());
    r.touched().forEach(z -> lines.add("roll " + z + " back to its previous image"));
    confirm("Abort " + r.app(), lines, Command.ABORT);
  }

  private void confirm(String title, List<String> lines, Command command) {
    CanaryService from = service;
    String shown = app;
    dialogs.confirm(title, lines, () -> run(() -> from.command(command, shown, "from the window")));
  }

  private void run(Supplier<CanaryResult> command) {
    busy(true);
    background.execute(
        () -> {
          CanaryResult result;
          try {
            result = command.get();
          } catch (RuntimeException e) {
            result = new CanaryResult(false, "failed: " + e.getMessage(), null);
          }
          String text = result.message();
          stepNow();
          answers.add(() -> done(text));
        });
  }

  private void done(String text) {
    busy(false);
    message.set(text);
  }

  private void busy(boolean now) {
    busy = now;
    refreshCommands();
  }

  /// The latest model, once per frame: the stable pods ready beside the canary, for its share.
  public void apply(dev.weft.state.FabricSnapshot snapshot) {
    model = snapshot;
    ReleaseView r = release.get();
    if (r != null) {
      badge.set(Badges.canary(r, stableReady(r)));
    }
  }

  private int stableReady(ReleaseView r) {
    var zone = model == null ? null : model.zones().get(r.canaryZone());
    var placement = zone == null ? null : zone.placements().get(r.app());
    return placement == null ? 0 : placement.ready();
  }

  /// The canary's badge on the map: `canary 2.0 · 25 % of calls` (its share of ready pods).
  public ReadOnlyStringProperty badgeProperty() {
    return badge.getReadOnlyProperty();
  }

  /// The app shown, or `null`.
  public String app() {
    return app;
  }

  public ReadOnlyObjectProperty<ReleaseView> releaseProperty() {
    return release.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /// `2.1: canary in eu-1`, `2.1: promoting us-1, waiting: soak`, `no release`.
  public ReadOnlyStringProperty stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty timingProperty() {
    return timing.getReadOnlyProperty();
  }

  /// What the last command answered.
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /// `Pause` or `Resume`, as the release stands.
  public ReadOnlyStringProperty pauseTextProperty() {
    return pauseText.getReadOnlyProperty();
  }

  public ObservableList<StepRow> steps() {
    return steps;
  }

  public ObservableList<GateResult> gates() {
    return gates;
  }

  /// The ready ratio of the zone being judged, one value per step, at most [#HISTORY].
  public ObservableList<Double> readyHistory() {
    return readyHistory;
  }

  public ObservableList<Integer> restartHistory() {
    return restartHistory;
  }

  public CanaryCommand startCommand() {
    return start;
  }

  public CanaryCommand promoteCommand() {
    return promote;
  }

  public CanaryCommand pauseResumeCommand() {
    return pauseResume;
  }

  public CanaryCommand abortCommand() {
    return abort;
  }
}
