package dev.weft.action;

/// Which failovers in force a [ActionRequest.Failback] undoes. Immutable.
public sealed interface FailbackScope {
  String describe();

  /// Every failover that drained `zone` at the gateway (drains and evacuations).
  record Zone(String zone) implements FailbackScope {
    @Override
    public String describe() {
      return zone;
    }
  }

  /// The reroute of `app`'s calls from `zone`.
  record Placement(String app, String zone) implements FailbackScope {
    @Override
    public String describe() {
      return app + "@" + zone;
    }
  }

  /// One operation, by its id (as the journal, `weft status` and [InForce] name it).
  record Operation(String operationId) implements FailbackScope {
    @Override
    public String describe() {
      return "operation " + operationId;
    }
  }

  /// Every failover in force in the fabric.
  record All() implements FailbackScope {
    @Override
    public String describe() {
      return "everything";
    }
  }
}
