package dev.weft.ui.action;

import dev.weft.action.ActionRequest;
import dev.weft.action.DropRules;
import dev.weft.action.DropVerdict;
import dev.weft.action.FailbackScope;
import dev.weft.action.InForce;
import dev.weft.action.Incomplete;
import dev.weft.action.Outcome;
import dev.weft.action.Permission;
import dev.weft.action.Plan;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.PlacementSnapshot;
import dev.weft.ui.ActionService;
import dev.weft.ui.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The window's failover commands: drain, reroute and fail back (each opening the preview
/// through the [DialogService]), the failovers in force, the suggestions, and whether a gesture
/// may start an action and why not.
///
/// Whether a drop is allowed comes from [DropRules] on the latest snapshot, at once; whether the
/// user may write at all comes from the plan's SelfSubjectAccessReviews, asked on `background`
/// when a gesture starts ([#gestureStarted]) and remembered for the session. The failovers in
/// force are read from the clusters on `background` whenever the gateway's weights or a
/// placement's reroute change in the model.
///
/// Threading: FX thread only (or one test thread); the action layer runs on `background`, its
/// answers come back through `fx`.
public final class ActionsViewModel {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private final Executor background;
  private final Executor fx;
  private final ZoneId timeZone;
  private ActionService service = ActionService.NONE;
  private DialogService dialogs;
  private Consumer<ActionNotice> notices = n -> {};
  private FabricSnapshot snapshot;
  private List<Incomplete> incomplete = List.of();
  private Object inForceKey;
  private boolean refreshing;
  private boolean refreshAgain;
  private final Map<String, String> forbidden = new HashMap<>();
  private final Set<String> asked = new HashSet<>();
  private final ReadOnlyIntegerWrapper permissionAnswers = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ObservableList<InForce> inForce = FXCollections.observableArrayList();
  private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<InForce> inForceView =
      FXCollections.unmodifiableObservableList(inForce);
  private final ObservableList<Suggestion> suggestionsView =
      FXCollections.unmodifiableObservableList(suggestions);
  private final ReadOnlyIntegerWrapper inForceCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper canAct = new ReadOnlyBooleanWrapper(true);
  private String readOnly;

  public ActionsViewModel(Executor background, Executor fx, DialogService dialogs, ZoneId zone) {
    this.background = background;
    this.fx = fx;
    this.dialogs = dialogs;
    this.timeZone = zone;
    inForce.addListener(
        (javafx.collections.ListChangeListener<InForce>) c -> inForceCount.set(inForce.size()));
  }

  /// The open fabric's actions (a new session): forgets what the last one answered.
  public void use(ActionService next) {
    service = next;
    forbidden.clear();
    asked.clear();
    inForce.clear();
    incomplete = List.of();
    inForceKey = null;
    permissionAnswers.set(permissionAnswers.get() + 1);
  }

  /// Replay: every action refuses with `why` (drops, menus, suggestions, keys), and the live
  /// clusters are not asked; `null` acts again.
  public void setReadOnly(String why) {
    readOnly = why;
    canAct.set(why == null);
    if (why == null) {
      inForceKey = null;
    } else {
      inForce.clear();
    }
    permissionAnswers.set(permissionAnswers.get() + 1);
  }

  /// Whether actions may be taken now (false in replay): every command's executable flag.
  public ReadOnlyBooleanProperty canActProperty() {
    return canAct.getReadOnlyProperty();
  }

  public void useDialogs(DialogService next) {
    dialogs = next;
  }

  /// Where action results go; the window shows them as notifications with an Undo button.
  public void setNotices(Consumer<ActionNotice> sink) {
    notices = sink;
  }

  /// The latest model, once per frame: refreshes suggestions, and the failovers in force when
  /// the gateway's weights or a reroute changed.
  public void apply(FabricSnapshot next) {
    snapshot = next;
    // Sized once: grown from ten, it was copied six times a frame on a big fabric.
    List<Object> key = new ArrayList<>(2 + next.zones().size() * next.fabric().apps().size());
    key.add(next.fabric().name());
    key.add(next.gateway().weights());
    for (var zone : next.zones().values()) {
      for (PlacementSnapshot p : zone.placements().values()) {
        key.add(p.reroutes());
      }
    }
    if (readOnly == null && !key.equals(inForceKey)) {
      inForceKey = key;
      refreshInForce();
    }
    tick(next.at());
  }

  /// How often an operation believed half done is read again: one finished by another Weft
  /// (`weft failback` on the command line) changes no weight after its record said "applying",
  /// and its "Finish…" and "Roll back…" stayed for good, offering to act on nothing.
  private static final java.time.Duration RECHECK_HALF_DONE = java.time.Duration.ofSeconds(5);

  private Instant halfDoneReadAt = Instant.MIN;

  /// Re-reads suggestions that depend on time (a zone stale for more than 30 s).
  public void tick(Instant now) {
    if (snapshot == null) {
      return;
    }
    if (!incomplete.isEmpty()
        && readOnly == null
        && !now.isBefore(halfDoneReadAt.plus(RECHECK_HALF_DONE))) {
      halfDoneReadAt = now;
      refreshInForce();
    }
    List<Suggestion> next = new ArrayList<>(Suggestions.of(snapshot, now));
    next.addAll(Suggestions.of(incomplete, timeZone));
    if (!next.equals(suggestions)) {
      suggestions.setAll(next);
    }
  }

  /// Reads the failovers in force and the operations left half done off the FX thread; one read
  /// at a time, the last one wins.
  public void refreshInForce() {
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    ActionService from = service;
    background.execute(
        () -> {
          List<InForce> read;
          List<Incomplete> halfDone;
          try {
            read = from.inForce();
          } catch (RuntimeException e) {
            read = null;
          }
          try {
            halfDone = from.incomplete();
          } catch (RuntimeException e) {
            halfDone = null;
          }
          List<InForce> result = read;
          List<Incomplete> unfinished = halfDone;
          fx.execute(
              () -> {
                refreshing = false;
                if (result != null && from == service && !result.equals(inForce)) {
                  inForce.setAll(result);
                }
                if (unfinished != null && from == service && !unfinished.equals(incomplete)) {
                  incomplete = List.copyOf(unfinished);
                  if (snapshot != null) {
                    tick(snapshot.at());
                  }
                }
                if (refreshAgain) {
                  refreshAgain = false;
                  refreshInForce();
                }
              });
        });
  }

  /// A drag, context menu or key starts on `zone` (or on `app@zone` when `app` is given): asks
  /// the clusters, once per session, whether this user may make the writes such an action needs.
  public void gestureStarted(String zone, String app) {
    String key = key(zone, app);
    if (snapshot == null || readOnly != null || !asked.add(key)) {
      return;
    }
    ActionRequest probe =
        app == null ? new ActionRequest.Drain(zone, null) : probeReroute(app, zone);
    if (probe == null) {
      asked.remove(key);
      return;
    }
    ActionService from = service;
    background.execute(
        () -> {
          String denied = null;
          try {
            Plan plan = from.plan(probe, "");
            denied =
                plan.permissions().stream()
                    .filter(p -> p.verdict() == Permission.Verdict.DENIED)
                    .findFirst()
                    .map(p -> Messages.get("action.forbidden", p.describe()))
                    .orElse(null);
          } catch (RuntimeException e) {
            // The clusters could not be asked now: the preview asks again and says why.
          }
          String answer = denied;
          fx.execute(
              () -> {
                if (from != service) {
                  return;
                }
                if (answer != null) {
                  forbidden.put(key, answer);
                }
                permissionAnswers.set(permissionAnswers.get() + 1);
              });
        });
  }

  private ActionRequest probeReroute(String app, String zone) {
    for (String to : snapshot.zones().keySet()) {
      if (DropRules.canReroute(snapshot, app, zone, to).allowed()) {
        return new ActionRequest.Reroute(app, zone, to);
      }
    }
    return null;
  }

  private static String key(String zone, String app) {
    return app == null ? "drain:" + zone : "reroute:" + app + "@" + zone;
  }

  /// May `zone` be drained onto `toZone` (`null`: to the others in proportion)?
  public DropVerdict canDrain(String zone, String toZone) {
    if (snapshot == null) {
      return DropVerdict.refuse(Messages.get("action.noFabric"));
    }
    if (readOnly != null) {
      return DropVerdict.refuse(readOnly);
    }
    String no = forbidden.get(key(zone, null));
    return no != null ? DropVerdict.refuse(no) : DropRules.canDrain(snapshot, zone, toZone);
  }

  /// May the calls of `app` in `zone` go to `toZone`?
  public DropVerdict canReroute(String app, String zone, String toZone) {
    if (snapshot == null) {
      return DropVerdict.refuse(Messages.get("action.noFabric"));
    }
    if (readOnly != null) {
      return DropVerdict.refuse(readOnly);
    }
    String no = forbidden.get(key(zone, app));
    return no != null ? DropVerdict.refuse(no) : DropRules.canReroute(snapshot, app, zone, toZone);
  }

  public void drain(String zone, String toZone) {
    open(new ActionRequest.Drain(zone, toZone));
  }

  public void reroute(String app, String zone, String toZone) {
    open(new ActionRequest.Reroute(app, zone, toZone));
  }

  public void failBack(FailbackScope scope) {
    open(new ActionRequest.Failback(scope));
  }

  /// Plans `request` on `background`, then shows the preview; nothing changes until the user
  /// confirms there.
  public void open(ActionRequest request) {
    if (busy.get() || readOnly != null) {
      return;
    }
    busy.set(true);
    ActionService from = service;
    background.execute(
        () -> {
          Plan plan;
          try {
            plan = from.plan(request, "");
          } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            fx.execute(
                () -> {
                  busy.set(false);
                  notices.accept(
                      new ActionNotice(
                          false, Messages.get("action.cannotPlan", request.describe()), why, null));
                });
            return;
          }
          fx.execute(
              () -> {
                // One preview at a time: busy until this one closes.
                PreviewViewModel preview =
                    new PreviewViewModel(plan, from, background, fx, this::finished);
                preview.closedProperty().addListener((o, a, closed) -> busy.set(!closed));
                dialogs.showPreview(preview);
              });
        });
  }

  private void finished(Plan plan, Outcome outcome) {
    refreshInForce();
    if (outcome == null) {
      notices.accept(
          new ActionNotice(false, plan.request().describe(), Messages.get("action.failed"), null));
      return;
    }
    String text =
        outcome.message()
            + outcome.clusters().stream().map(c -> "\n" + c.describe()).reduce("", String::concat);
    FailbackScope undo =
        outcome.status() == Outcome.Status.DONE && !plan.isFailback()
            ? new FailbackScope.Operation(outcome.operationId())
            : null;
    notices.accept(new ActionNotice(outcome.succeeded(), plan.request().describe(), text, undo));
  }

  /// Opens the journal.
  public void showJournal() {
    dialogs.showJournal(new JournalViewModel(service, background, fx));
  }

  /// The drain in force on `zone`, if any.
  public Optional<InForce> drainOf(String zone) {
    return inForce.stream().filter(f -> f.app() == null && f.zone().equals(zone)).findFirst();
  }

  /// The reroute in force of `app@zone`, if any.
  public Optional<InForce> rerouteOf(String app, String zone) {
    return inForce.stream().filter(f -> app.equals(f.app()) && f.zone().equals(zone)).findFirst();
  }

  /// "drained by alice 14:02", in the user's time zone.
  public String label(InForce f) {
    String at = HH_MM.format(f.at().atZone(timeZone));
    return f.app() == null
        ? Messages.get("inforce.drained", f.by(), at)
        : Messages.get("inforce.rerouted", f.target(), f.by(), at);
  }

  /// The zones of the open fabric, in fabric order.
  public List<String> zones() {
    return snapshot == null ? List.of() : List.copyOf(snapshot.zones().keySet());
  }

  /// Changes whenever a permission answer arrives, so open menus and drags re-ask.
  public ReadOnlyIntegerProperty permissionAnswersProperty() {
    return permissionAnswers.getReadOnlyProperty();
  }

  /// True from a gesture until its preview closes: one action at a time.
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ObservableList<InForce> inForce() {
    return inForceView;
  }

  public ReadOnlyIntegerProperty inForceCountProperty() {
    return inForceCount.getReadOnlyProperty();
  }

  /// The status bar badge's words: "2 in force" live; in replay, that the count is of now and
  /// not shown (the recorded moment's map shows its drains and reroutes; "0 in force" beside a
  /// drained zone said the opposite).
  public javafx.beans.binding.StringExpression inForceTextProperty() {
    return inForceText;
  }

  private final javafx.beans.binding.StringBinding inForceText =
      javafx.beans.binding.Bindings.createStringBinding(
          () ->
              canAct.get()
                  ? dev.weft.ui.Messages.get("inforce.badge", inForceCount.get())
                  : dev.weft.ui.Messages.get("inforce.replay"),
          canAct,
          inForceCount);

  public ObservableList<Suggestion> suggestions() {
    return suggestionsView;
  }
}
