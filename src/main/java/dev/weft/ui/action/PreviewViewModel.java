package dev.weft.ui.action;

import dev.weft.action.ActionListener;
import dev.weft.action.ClusterResult;
import dev.weft.action.Confirmation;
import dev.weft.action.Outcome;
import dev.weft.action.Phase;
import dev.weft.action.Plan;
import dev.weft.action.Step;
import dev.weft.action.StepState;
import dev.weft.ui.ActionService;
import dev.weft.ui.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The preview of one planned action and, once confirmed, its progress and result.
///
/// Phases: PREVIEW (the plan, checks, permissions and the typed confirmation; Enter confirms
/// when nothing blocks, Esc cancels) → RUNNING (the action layer on `background`, each step's
/// state gathered and handed to the FX thread at most once per pulse) → FINISHED (the result
/// per cluster) or CANCELLED. The dialog closes when [#closedProperty] turns true.
///
/// Threading: FX thread only; [ActionService#run] runs on `background`.
public final class PreviewViewModel {
  public enum Stage {
    PREVIEW,
    RUNNING,
    FINISHED,
    CANCELLED
  }

  /// One step as it stands in the run.
  public record StepRow(Step step, StepState state, String detail) {}

  private final Plan plan;
  private final ActionService service;
  private final Executor background;
  private final Executor fx;
  private final BiConsumer<Plan, Outcome> onFinished;
  private final StringProperty typed = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<List<String>> blockers = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper confirmable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.PREVIEW);
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
  private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
  private final ObservableList<ClusterResult> results = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<StepRow> stepsView = FXCollections.unmodifiableObservableList(steps);
  private final ObservableList<ClusterResult> resultsView =
      FXCollections.unmodifiableObservableList(results);
  // Written by the running thread, read by the FX thread once per pulse.
  private final AtomicReferenceArray<StepRow> latest;
  private volatile String latestPhase = "";
  private final AtomicBoolean publishPending = new AtomicBoolean();

  PreviewViewModel(
      Plan plan,
      ActionService service,
      Executor background,
      Executor fx,
      BiConsumer<Plan, Outcome> onFinished) {
    this.plan = plan;
    this.service = service;
    this.background = background;
    this.fx = fx;
    this.onFinished = onFinished;
    List<Step> planned = plan.steps();
    latest = new AtomicReferenceArray<>(planned.size());
    for (int i = 0; i < planned.size(); i++) {
      StepRow row = new StepRow(planned.get(i), StepState.PENDING, "");
      latest.set(i, row);
      steps.add(row);
    }
    typed.addListener((o, a, b) -> recheck());
    recheck();
  }

  private void recheck() {
    List<String> now = plan.blockers(confirmation());
    blockers.set(now);
    confirmable.set(stage.get() == Stage.PREVIEW && now.isEmpty());
  }

  /// The words typed, split on spaces and commas (several checks may each need one).
  private Confirmation confirmation() {
    String[] words = typed.get().trim().split("[\\s,]+");
    return new Confirmation(
        Arrays.stream(words)
            .filter(w -> !w.isEmpty())
            .collect(java.util.stream.Collectors.toSet()));
  }

  /// Enter: runs the plan when nothing blocks it; in the result, closes the dialog.
  public void confirm() {
    if (stage.get() == Stage.FINISHED) {
      closed.set(true);
      return;
    }
    if (!confirmable.get()) {
      return;
    }
    stage.set(Stage.RUNNING);
    confirmable.set(false);
    Confirmation confirmation = confirmation();
    background.execute(
        () -> {
          Outcome outcome;
          try {
            outcome = service.run(plan, confirmation, listener());
          } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            fx.execute(() -> failed(why));
            return;
          }
          fx.execute(() -> finished(outcome));
        });
  }

  /// Esc: cancels before the run; afterwards only closes (a running action is never abandoned).
  public void cancel() {
    switch (stage.get()) {
      case PREVIEW -> {
        stage.set(Stage.CANCELLED);
        confirmable.set(false);
        closed.set(true);
      }
      case FINISHED -> closed.set(true);
      default -> {}
    }
  }

  private ActionListener listener() {
    List<Step> planned = plan.steps();
    return new ActionListener() {
      @Override
      public void phase(Phase phase, String detail) {
        latestPhase =
            Messages.get("action.phase." + phase.name().toLowerCase(java.util.Locale.ROOT))
                + (detail == null || detail.isEmpty() ? "" : ": " + detail);
        schedule();
      }

      @Override
      public void step(Step step, StepState state, String detail) {
        int i = planned.indexOf(step);
        if (i >= 0) {
          latest.set(i, new StepRow(step, state, detail == null ? "" : detail));
          schedule();
        }
      }
    };
  }

  /// At most one hand-over pending, as `Task.updateMessage` does: a storm of steps is one update.
  private void schedule() {
    if (publishPending.compareAndSet(false, true)) {
      fx.execute(this::publish);
    }
  }

  private void publish() {
    publishPending.set(false);
    progress.set(latestPhase);
    for (int i = 0; i < latest.length(); i++) {
      if (!steps.get(i).equals(latest.get(i))) {
        steps.set(i, latest.get(i));
      }
    }
  }

  private void finished(Outcome outcome) {
    publish();
    results.setAll(outcome.clusters());
    message.set(outcome.message());
    stage.set(Stage.FINISHED);
    onFinished.accept(plan, outcome);
  }

  private void failed(String why) {
    publish();
    message.set(why);
    stage.set(Stage.FINISHED);
    onFinished.accept(plan, null);
  }

  public Plan plan() {
    return plan;
  }

  public String title() {
    return plan.request().describe();
  }

  public StringProperty typedProperty() {
    return typed;
  }

  /// Why Enter does nothing yet; empty when it runs the plan.
  public ReadOnlyObjectProperty<List<String>> blockersProperty() {
    return blockers.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty confirmableProperty() {
    return confirmable.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Stage> stageProperty() {
    return stage.getReadOnlyProperty();
  }

  /// The running phase in words.
  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /// The outcome in one sentence, once finished.
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty closedProperty() {
    return closed.getReadOnlyProperty();
  }

  public ObservableList<StepRow> steps() {
    return stepsView;
  }

  public ObservableList<ClusterResult> results() {
    return resultsView;
  }
}
