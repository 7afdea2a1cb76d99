package dev.weft.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/// The exact change an action makes, computed from live objects, with the checks' verdicts and
/// the permission answers, ready for a preview and a confirmation. Immutable once made by
/// [Actions#plan]; safe to hand to any thread.
///
/// A plan is a snapshot: it carries the `resourceVersion` of every object it read, so running
/// it after someone else changed one of them fails with "changed by someone else since you
/// looked" (nothing is overwritten). Plan again to see the new state.
public final class Plan {
  private final String operationId;
  private final ActionRequest request;
  private final String fabric;
  private final String reason;
  private final String user;
  private final Instant at;
  private final List<Check> checks;
  private final List<Permission> permissions;
  private final List<Work> work;
  private final Set<String> undoes;
  private final Map<Phase, java.time.Duration> timings;

  /// One step with the trees the executor writes (package-private: callers see [Step]).
  ///
  /// @param after the whole object to send, carrying the `resourceVersion` read
  /// @param undone operation ids whose entries this step removes (failback), else empty
  record Work(Step step, ObjectNode before, ObjectNode after, List<String> undone) {}

  Plan(
      String operationId,
      ActionRequest request,
      String fabric,
      String reason,
      String user,
      Instant at,
      List<Check> checks,
      List<Permission> permissions,
      List<Work> work,
      Set<String> undoes,
      Map<Phase, java.time.Duration> timings) {
    this.operationId = operationId;
    this.request = request;
    this.fabric = fabric;
    this.reason = reason == null ? "" : reason;
    this.user = user;
    this.at = at;
    this.checks = List.copyOf(checks);
    this.permissions = List.copyOf(permissions);
    this.work = List.copyOf(work);
    this.undoes = Set.copyOf(undoes);
    this.timings = Map.copyOf(timings);
  }

  /// Time spent planning: PLAN (reading the live objects, computing, checking) and PERMISSION
  /// (the access reviews).
  public Map<Phase, java.time.Duration> timings() {
    return timings;
  }

  /// The id every changed object will carry in `weft.dev/operation`.
  public String operationId() {
    return operationId;
  }

  public ActionRequest request() {
    return request;
  }

  public String fabric() {
    return fabric;
  }

  public String reason() {
    return reason;
  }

  /// Who the gateway cluster says the user is (its SelfSubjectReview; the kubeconfig's user
  /// entry name where it has none); each cluster's own answer is in [#permissions].
  public String user() {
    return user;
  }

  /// When the live objects were read.
  public Instant at() {
    return at;
  }

  /// The checks' verdicts, worst first.
  public List<Check> checks() {
    return checks;
  }

  /// One SelfSubjectAccessReview answer per write, asked when the plan was made.
  public List<Permission> permissions() {
    return permissions;
  }

  /// The writes, in the order they run.
  public List<Step> steps() {
    return work.stream().map(Work::step).toList();
  }

  /// Operation ids this plan undoes (a failback or roll back); empty for a failover.
  public Set<String> undoes() {
    return undoes;
  }

  public boolean isFailback() {
    return request instanceof ActionRequest.Failback || request instanceof ActionRequest.RollBack;
  }

  /// The preview: per cluster, in plan order, each object's fields before → after.
  public List<ClusterPreview> preview() {
    Map<String, List<ObjectDiff>> byCluster = new LinkedHashMap<>();
    for (Work w : work) {
      byCluster
          .computeIfAbsent(w.step().target().cluster(), c -> new ArrayList<>())
          .add(new ObjectDiff(w.step().target(), w.step().summary(), w.step().changes()));
    }
    return byCluster.entrySet().stream()
        .map(e -> new ClusterPreview(e.getKey(), e.getValue()))
        .toList();
  }

  /// The words the user must type to go ahead (see [Check#confirmWord]), in check order.
  public List<String> confirmWords() {
    return checks.stream()
        .filter(c -> c.severity() == Check.Severity.NEEDS_CONFIRMATION)
        .map(Check::confirmWord)
        .distinct()
        .toList();
  }

  /// Why the plan cannot run with `confirmation`: refused checks, denied permissions, missing
  /// typed words, nothing to do. Empty when it may run.
  public List<String> blockers(Confirmation confirmation) {
    List<String> out = new ArrayList<>();
    for (Check c : checks) {
      if (c.severity() == Check.Severity.REFUSED) {
        out.add(c.message());
      } else if (!confirmation.covers(c)) {
        out.add(c.message() + " (type '" + c.confirmWord() + "' to go ahead)");
      }
    }
    for (Permission p : permissions) {
      if (p.verdict() == Permission.Verdict.DENIED) {
        out.add("forbidden: " + p.describe());
      }
    }
    if (work.isEmpty() && out.isEmpty()) {
      out.add("nothing to do: " + request.describe() + " is already in force or was never made");
    }
    return out;
  }

  /// Whether the plan may run at all (with the right words typed).
  public boolean feasible() {
    return checks.stream().noneMatch(c -> c.severity() == Check.Severity.REFUSED)
        && permissions.stream().noneMatch(p -> p.verdict() == Permission.Verdict.DENIED)
        && !work.isEmpty();
  }

  /// The preview and verdicts as text, for the command line and the journal's readers.
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(request.describe()).append(" (operation ").append(operationId).append(")\n");
    for (ClusterPreview p : preview()) {
      b.append(p.text()).append('\n');
    }
    for (Check c : checks) {
      b.append(c.severity().name().toLowerCase().replace('_', ' '))
          .append(": ")
          .append(c.message())
          .append('\n');
    }
    for (Permission p : permissions) {
      if (p.verdict() != Permission.Verdict.ALLOWED) {
        b.append("permission: ").append(p.describe()).append('\n');
      }
    }
    return b.toString();
  }

  List<Work> work() {
    return work;
  }
}
