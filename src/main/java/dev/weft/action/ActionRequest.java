package dev.weft.action;

/// What a user asks Weft to do, before anything is read from a cluster. Immutable.
///
/// Every request becomes a [Plan] through [Actions#plan]; the names are fabric names (zones,
/// apps), never Kubernetes object names.
public sealed interface ActionRequest {

  /// A short line for a person and the journal, e.g. `drain gz-1 → sh-1`.
  String describe();

  /// Drains `zone` at the gateway: its backendRef weights go to 0; its share goes to the
  /// remaining zones in proportion to their weights, or all of it to `toZone` when given.
  ///
  /// @param toZone the one zone that takes the drained share, or `null` for proportional
  record Drain(String zone, String toZone) implements ActionRequest {
    @Override
    public String describe() {
      return toZone == null ? "drain " + zone : "drain " + zone + " → " + toZone;
    }
  }

  /// Reroutes `app@zone → toZone`: the callers of `app` in `zone` reach it in `toZone`.
  record Reroute(String app, String zone, String toZone) implements ActionRequest {
    @Override
    public String describe() {
      return "reroute " + app + "@" + zone + " → " + toZone;
    }
  }

  /// Drains `zone` and moves every dependency rerouted into it back home, as one operation.
  record Evacuate(String zone) implements ActionRequest {
    @Override
    public String describe() {
      return "evacuate " + zone;
    }
  }

  /// Undoes failovers in force, restoring exactly the fields they changed.
  record Failback(FailbackScope scope) implements ActionRequest {
    @Override
    public String describe() {
      return "fail back " + scope.describe();
    }
  }

  /// Rolls back an operation left half done (a Weft stopped mid-way): every step it applied is
  /// undone, as a failback of that operation.
  record RollBack(String operationId) implements ActionRequest {
    @Override
    public String describe() {
      return "roll back " + operationId;
    }
  }

  /// Finishes an operation left half done: the original request is planned again from the live
  /// objects under the same operation id; a step already in place is seen as done and skipped.
  record Finish(String operationId) implements ActionRequest {
    @Override
    public String describe() {
      return "finish " + operationId;
    }
  }
}
