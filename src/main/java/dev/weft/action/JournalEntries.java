package dev.weft.action;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Builds journal entries from plans and outcomes: who, what, where, the plan, the verdicts,
/// the result per cluster, the operation id. Pure; only ever copies fields that hold no secret.
final class JournalEntries {
  private JournalEntries() {}

  static ObjectNode base(Plan plan, String phase, Instant time) {
    ObjectNode e =
        Jsons.object()
            .put("time", time.toString())
            .put("operation", plan.operationId())
            .put("phase", phase)
            .put("who", plan.user())
            .put("fabric", plan.fabric())
            .put("what", plan.request().describe());
    if (!plan.reason().isEmpty()) {
      e.put("reason", plan.reason());
    }
    ArrayNode where = e.putArray("where");
    plan.steps().stream().map(s -> s.target().cluster()).distinct().forEach(where::add);
    return e;
  }

  static ObjectNode planned(Plan plan) {
    ObjectNode e = base(plan, "plan", plan.at());
    ArrayNode steps = e.putArray("plan");
    for (Step s : plan.steps()) {
      ObjectNode step =
          steps.addObject().put("object", s.target().describe()).put("summary", s.summary());
      ArrayNode changes = step.putArray("changes");
      s.changes().forEach(c -> changes.add(c.describe()));
    }
    ArrayNode checks = e.putArray("checks");
    for (Check c : plan.checks()) {
      checks
          .addObject()
          .put("kind", c.kind().name())
          .put("severity", c.severity().name())
          .put("message", c.message());
    }
    ArrayNode permissions = e.putArray("permissions");
    for (Permission p : plan.permissions()) {
      permissions.addObject().put("verdict", p.verdict().name()).put("text", p.describe());
    }
    return e;
  }

  static ObjectNode phase(Plan plan, String phase, Instant time, String detail) {
    return base(plan, phase, time).put("detail", detail);
  }

  static ObjectNode step(Plan plan, Step step, StepState state, Instant time, String detail) {
    return base(plan, "step", time)
        .put("object", step.target().describe())
        .put("state", state.name())
        .put("detail", step.summary() + (detail.isEmpty() ? "" : ": " + detail));
  }

  static ObjectNode result(Plan plan, Outcome outcome, Confirmation confirmation, Instant time) {
    ObjectNode e =
        base(plan, "result", time)
            .put("status", outcome.status().name())
            .put("detail", outcome.message());
    ArrayNode typed = e.putArray("confirmed");
    confirmation.typed().stream().sorted().forEach(typed::add);
    ArrayNode clusters = e.putArray("clusters");
    for (ClusterResult r : outcome.clusters()) {
      clusters
          .addObject()
          .put("cluster", r.cluster())
          .put("result", r.result().name())
          .put("reason", r.reason());
    }
    ArrayNode dry = e.putArray("dryRun");
    List.copyOf(outcome.dryRun()).forEach(dry::add);
    return e;
  }
}
