package dev.weft.ui.action;

import dev.weft.action.ActionListener;
import dev.weft.action.ActionRequest;
import dev.weft.action.ClusterResult;
import dev.weft.action.Confirmation;
import dev.weft.action.InForce;
import dev.weft.action.Incomplete;
import dev.weft.action.Outcome;
import dev.weft.action.Plan;
import dev.weft.action.StepState;
import dev.weft.action.TestPlans;
import dev.weft.ui.ActionService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/// An action layer without clusters: plans from a function, runs that report every step
/// verified, and a list in force the test sets.
class FakeActions implements ActionService {
  final List<ActionRequest> planned = new ArrayList<>();
  final List<Plan> ran = new ArrayList<>();
  final List<Confirmation> confirmations = new ArrayList<>();
  List<InForce> inForce = List.of();
  List<Incomplete> incomplete = List.of();
  int inForceReads;
  Function<ActionRequest, Plan> plans =
      r ->
          TestPlans.plan(
              r, List.of(), List.of(TestPlans.allowed()), List.of(TestPlans.routeStep()));

  @Override
  public Plan plan(ActionRequest request, String reason) {
    planned.add(request);
    return plans.apply(request);
  }

  @Override
  public Outcome run(Plan plan, Confirmation confirmation, ActionListener listener) {
    ran.add(plan);
    confirmations.add(confirmation);
    plan.steps().forEach(s -> listener.step(s, StepState.APPLIED, ""));
    plan.steps().forEach(s -> listener.step(s, StepState.VERIFIED, ""));
    return new Outcome(
        plan.operationId(),
        Outcome.Status.DONE,
        "done and verified",
        List.of(new ClusterResult("gateway", ClusterResult.Result.CHANGED, "")),
        List.of("ok"),
        Map.of());
  }

  @Override
  public List<InForce> inForce() {
    inForceReads++;
    return inForce;
  }

  @Override
  public List<Incomplete> incomplete() {
    return incomplete;
  }
}
