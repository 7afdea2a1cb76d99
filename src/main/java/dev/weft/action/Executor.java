package dev.weft.action;

import dev.weft.fabric.Fabric;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/// Runs a [Plan]: refusal checks, dry run, operation record, apply, verify, undo on failure,
/// events, journal. One instance per run; blocks the calling thread.
final class Executor {
  private final Fabric fabric;
  private final Clusters clusters;
  private final Journal journal;
  private final ActionOptions options;
  private final Map<Phase, Duration> timings = new EnumMap<>(Phase.class);
  private final Map<Step, StepState> progress = new LinkedHashMap<>();
  private final Map<Step, String> reasons = new LinkedHashMap<>();
  private final List<String> dryRun = new ArrayList<>();
  private final Map<Step, ObjectNode> sending = new java.util.concurrent.ConcurrentHashMap<>();
  private Plan plan;
  private ActionListener listener;
  private Confirmation confirmation;

  Executor(Fabric fabric, Clusters clusters, Journal journal, ActionOptions options) {
    this.fabric = fabric;
    this.clusters = clusters;
    this.journal = journal;
    this.options = options;
  }

  Outcome run(Plan plan, Confirmation confirmation, ActionListener listener, boolean dryRunOnly) {
    this.plan = plan;
    this.listener = listener;
    this.confirmation = confirmation;
    plan.steps().forEach(s -> progress.put(s, StepState.PENDING));
    plan.work().forEach(w -> sending.put(w.step(), w.after()));
    Confirmation judged =
        dryRunOnly ? new Confirmation(Set.copyOf(plan.confirmWords())) : confirmation;
    List<String> blockers = new ArrayList<>(plan.blockers(judged));
    boolean finishing = plan.request() instanceof ActionRequest.Finish;
    if (plan.request() instanceof ActionRequest.RollBack || finishing) {
      blockers.removeIf(b -> b.startsWith("nothing to do"));
    }
    if (!blockers.isEmpty()) {
      return finish(Outcome.Status.REFUSED, "refused: " + String.join("; ", blockers));
    }
    listener.phase(Phase.DRY_RUN, "dry run of " + plan.steps().size() + " writes");
    String refusal = timed(Phase.DRY_RUN, this::dryRunAll);
    if (refusal != null) {
      return finish(Outcome.Status.REFUSED, "refused by the dry run: " + refusal);
    }
    if (dryRunOnly) {
      return finish(Outcome.Status.DRY_RUN_PASSED, "dry run passed; nothing changed");
    }
    OperationRecords records = new OperationRecords(fabric, clusters);
    try {
      if (finishing) {
        records.adopt(plan.operationId());
      } else {
        records.create(plan, progress);
      }
    } catch (ApiException e) {
      return finish(
          Outcome.Status.REFUSED,
          "cannot write the operation record in the gateway cluster: "
              + e.describe()
              + "; nothing changed");
    }
    journal.append(
        JournalEntries.phase(
            plan, "apply", now(), "operation record " + OperationRecords.name(plan.operationId())));
    listener.phase(Phase.APPLY, plan.request().describe());
    Plan.Work failed = timed(Phase.APPLY, () -> applyAll(records));
    if (failed == null) {
      listener.phase(Phase.VERIFY, "reading back");
      failed = timed(Phase.VERIFY, this::verifyAll);
    }
    if (failed != null) {
      listener.phase(Phase.UNDO, "undoing what was applied");
      timed(
          Phase.UNDO,
          () -> {
            undoAll(records);
            return null;
          });
    }
    Plan.Work failing = failed;
    boolean leftover =
        failed != null
            && progress.entrySet().stream()
                .anyMatch(
                    e ->
                        e.getValue() == StepState.UNKNOWN
                            || e.getValue() == StepState.APPLIED
                            || e.getValue() == StepState.VERIFIED
                            || (e.getValue() == StepState.FAILED && e.getKey() != failing.step()));
    if (failed == null) {
      events();
      if (plan.isFailback()) {
        plan.undoes().forEach(records::delete);
        records.delete(plan.operationId());
      } else {
        records.update("in-force", plan, progress);
      }
      return finish(Outcome.Status.DONE, plan.request().describe() + ": done and verified");
    }
    if (!leftover && finishing) {
      records.update("applying", plan, progress);
      return finish(
          Outcome.Status.FAILED,
          "failed, this attempt's writes were undone: "
              + reasons.get(failed.step())
              + "; the operation is still incomplete (finish or roll it back)");
    }
    if (!leftover) {
      records.delete(plan.operationId());
      return finish(
          Outcome.Status.FAILED,
          "failed, everything applied was undone: " + reasons.get(failed.step()));
    }
    records.update("applying", plan, progress);
    return finish(
        Outcome.Status.PARTIAL,
        "failed and not everything could be undone: "
            + reasons.get(failed.step())
            + "; the operation is left incomplete (roll it back)");
  }

  // ---- dry run ----------------------------------------------------------------------------

  private String dryRunAll() {
    List<String> verdicts =
        Parallel.map(
            plan.work(),
            w -> {
              try {
                put(clusters.api(w.step().target().cluster()), w, true);
                return "ok: " + w.step().target().describe();
              } catch (ApiException e) {
                return "refused: " + w.step().target().describe() + ": " + e.describe();
              } catch (Conflict c) {
                return "refused: " + c.getMessage();
              }
            });
    dryRun.addAll(verdicts);
    for (int i = 0; i < verdicts.size(); i++) {
      Step s = plan.work().get(i).step();
      boolean ok = verdicts.get(i).startsWith("ok");
      if (!ok) {
        reasons.put(s, verdicts.get(i).substring("refused: ".length()));
      }
      progress.put(s, ok ? StepState.DRY_RUN_OK : StepState.FAILED);
      listener.step(s, progress.get(s), ok ? "" : verdicts.get(i));
    }
    journal.append(JournalEntries.phase(plan, "dry-run", now(), String.join("; ", verdicts)));
    return verdicts.stream().filter(v -> !v.startsWith("ok")).findFirst().orElse(null);
  }

  // ---- apply ------------------------------------------------------------------------------

  private Plan.Work applyAll(OperationRecords records) {
    for (Plan.Work w : plan.work()) {
      StepState state = apply(w);
      mark(w.step(), state);
      records.update("applying", plan, progress);
      if (state != StepState.APPLIED && state != StepState.ALREADY_DONE) {
        return w;
      }
    }
    return null;
  }

  private StepState apply(Plan.Work w) {
    ObjectRef t = w.step().target();
    KubeApi api;
    try {
      api = clusters.api(t.cluster());
    } catch (ApiException e) {
      reasons.put(w.step(), e.describe());
      return StepState.FAILED;
    }
    try {
      put(api, w, false);
      return StepState.APPLIED;
    } catch (Conflict c) {
      reasons.put(w.step(), c.getMessage());
      return StepState.FAILED;
    } catch (ApiException e) {
      if (e.code != 0) {
        reasons.put(w.step(), e.describe());
        return StepState.FAILED;
      }
      // The answer is lost: the write may have happened. Read it back before deciding.
      try {
        ObjectNode now = api.get(Paths.of(t));
        if (applied(now, w)) {
          reasons.put(w.step(), e.getMessage() + "; read back: it was applied");
          return StepState.APPLIED;
        }
        reasons.put(w.step(), e.getMessage() + "; read back: not applied");
        return StepState.FAILED;
      } catch (ApiException again) {
        reasons.put(w.step(), e.getMessage() + "; cannot read it back: " + again.describe());
        return StepState.UNKNOWN;
      }
    }
  }

  /// A 409 that is a real change by someone else: never retried, never forced.
  static final class Conflict extends Exception {
    Conflict(String message) {
      super(message);
    }
  }

  /// Writes the step with the `resourceVersion` read. On 409 it reads the object again: when
  /// only its status changed since the plan (a gateway controller reporting on the route), the
  /// planned object is still exactly right and is sent again with the new version; any other
  /// change is a [Conflict] saying who changed what.
  private void put(KubeApi api, Plan.Work w, boolean dry) throws ApiException, Conflict {
    String path = Paths.of(w.step().target());
    for (int attempt = 0; ; attempt++) {
      try {
        api.put(path, sending.get(w.step()), dry);
        return;
      } catch (ApiException e) {
        if (!e.conflict()) {
          throw e;
        }
        ObjectNode now;
        try {
          now = api.get(path);
        } catch (ApiException again) {
          throw new Conflict(
              w.step().target().describe()
                  + " was changed by someone else since you looked (cannot read it now: "
                  + again.describe()
                  + ")");
        }
        if (attempt >= 3 || !ChangeReport.sameButStatus(w.before(), now)) {
          throw new Conflict(
              w.step().target().describe()
                  + " was changed by someone else since you looked"
                  + ChangeReport.describe(w.before(), now));
        }
        ObjectNode rebased = sending.get(w.step()).deepCopy();
        ((ObjectNode) rebased.get("metadata"))
            .put("resourceVersion", Jsons.string(now, "metadata", "resourceVersion"));
        sending.put(w.step(), rebased);
      }
    }
  }

  /// Whether `object` shows the step as written.
  private boolean applied(ObjectNode object, Plan.Work w) {
    if (w.undone().isEmpty()) {
      return Ledger.shows(object, plan.operationId(), w.step().changes());
    }
    var entries = Ledger.entries(object);
    return w.undone().stream().noneMatch(entries::containsKey)
        && Ledger.matches(object, w.step().changes());
  }

  // ---- verify -----------------------------------------------------------------------------

  private Plan.Work verifyAll() {
    for (Plan.Work w : plan.work()) {
      if (progress.get(w.step()) != StepState.APPLIED) {
        continue;
      }
      String problem = verify(w);
      if (problem != null) {
        reasons.put(w.step(), problem);
        return w;
      }
      mark(w.step(), StepState.VERIFIED);
    }
    return null;
  }

  private String verify(Plan.Work w) {
    ObjectRef t = w.step().target();
    long deadline = System.nanoTime() + options.verifyTimeout().toNanos();
    try {
      KubeApi api = clusters.api(t.cluster());
      while (true) {
        ObjectNode now = api.get(Paths.of(t));
        if (!applied(now, w)) {
          return "read back differs from what was written" + ChangeReport.describe(w.after(), now);
        }
        String accepted = t.kind().equals("HTTPRoute") ? RouteStatus.accepted(now) : "";
        if (accepted == null) {
          return null;
        }
        if (accepted.startsWith("rejected")) {
          return "the gateway " + accepted;
        }
        if (System.nanoTime() > deadline) {
          return "the gateway did not report the route's generation "
              + Jsons.string(now, "metadata", "generation")
              + " accepted within "
              + options.verifyTimeout().toSeconds()
              + " s";
        }
        if (accepted.isEmpty()) {
          return null;
        }
        java.util.concurrent.locks.LockSupport.parkNanos(25_000_000L);
      }
    } catch (ApiException e) {
      return "cannot read back: " + e.describe();
    }
  }

  // ---- undo -------------------------------------------------------------------------------

  private void undoAll(OperationRecords records) {
    List<Plan.Work> done =
        plan.work().stream()
            .filter(
                w ->
                    progress.get(w.step()) == StepState.APPLIED
                        || progress.get(w.step()) == StepState.VERIFIED
                        || progress.get(w.step()) == StepState.UNKNOWN)
            .toList();
    for (Plan.Work w : done.reversed()) {
      mark(w.step(), undo(w));
      records.update("undoing", plan, progress);
    }
  }

  private StepState undo(Plan.Work w) {
    ObjectRef t = w.step().target();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        KubeApi api = clusters.api(t.cluster());
        ObjectNode now = api.get(Paths.of(t));
        ObjectNode next;
        if (w.undone().isEmpty()) {
          Ledger.Undo u = Ledger.undo(now, plan.operationId());
          if (!u.found()) {
            reasons.put(w.step(), "not applied after all");
            return StepState.UNDONE;
          }
          next = u.object();
        } else {
          if (!applied(now, w)) {
            return StepState.UNDONE;
          }
          next = now.deepCopy();
          for (FieldChange c : w.step().changes()) {
            Jsons.set(next, c.path(), c.before() == null ? null : Jsons.parse(c.before()));
          }
          for (String key :
              List.of(Ledger.OPERATION, Ledger.PREVIOUS, Ledger.BY, Ledger.AT, Ledger.REASON)) {
            Jsons.set(
                next, Jsons.annotationPath(key), Jsons.at(w.before(), Jsons.annotationPath(key)));
          }
        }
        api.put(Paths.of(t), next, false);
        return StepState.UNDONE;
      } catch (ApiException e) {
        if (!e.conflict()) {
          reasons.put(
              w.step(), reasons.getOrDefault(w.step(), "") + "; undo failed: " + e.describe());
          return e.code == 0 ? StepState.UNKNOWN : StepState.FAILED;
        }
      }
    }
    reasons.put(w.step(), "undo kept conflicting with another writer");
    return StepState.FAILED;
  }

  // ---- events, results --------------------------------------------------------------------

  private void events() {
    String reason = plan.isFailback() ? "WeftFailback" : "WeftFailover";
    for (Plan.Work w : plan.work()) {
      Events.post(clusters, w, reason, plan, now());
    }
  }

  private void mark(Step step, StepState state) {
    progress.put(step, state);
    String detail = reasons.getOrDefault(step, "");
    listener.step(step, state, detail);
    journal.append(JournalEntries.step(plan, step, state, now(), detail));
  }

  private Outcome finish(Outcome.Status status, String message) {
    Outcome outcome =
        new Outcome(plan.operationId(), status, message, clusterResults(), dryRun, timings);
    journal.append(JournalEntries.result(plan, outcome, confirmation, now()));
    listener.phase(Phase.DONE, message);
    return outcome;
  }

  private List<ClusterResult> clusterResults() {
    Map<String, List<Step>> byCluster =
        plan.steps().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.target().cluster(), LinkedHashMap::new, Collectors.toList()));
    List<ClusterResult> out = new ArrayList<>();
    byCluster.forEach(
        (cluster, steps) -> {
          ClusterResult.Result result = ClusterResult.Result.UNCHANGED;
          String reason = "";
          for (Step s : steps) {
            StepState st = progress.get(s);
            ClusterResult.Result r =
                switch (st) {
                  case APPLIED, VERIFIED, ALREADY_DONE -> ClusterResult.Result.CHANGED;
                  case UNDONE -> ClusterResult.Result.UNDONE;
                  case FAILED -> ClusterResult.Result.FAILED;
                  case UNKNOWN -> ClusterResult.Result.UNKNOWN;
                  case PENDING, DRY_RUN_OK -> ClusterResult.Result.UNCHANGED;
                };
            if (rank(r) > rank(result)) {
              result = r;
              reason = reasons.getOrDefault(s, "");
            }
          }
          out.add(new ClusterResult(cluster, result, reason));
        });
    return out;
  }

  private static int rank(ClusterResult.Result r) {
    return switch (r) {
      case UNCHANGED -> 0;
      case CHANGED -> 1;
      case UNDONE -> 2;
      case FAILED -> 3;
      case UNKNOWN -> 4;
    };
  }

  private <T> T timed(Phase phase, java.util.function.Supplier<T> body) {
    long start = System.nanoTime();
    try {
      return body.get();
    } finally {
      timings.merge(phase, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
    }
  }

  private java.time.Instant now() {
    return options.clock().instant();
  }
}
