package dev.weft.action;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/// How a run of a [Plan] ended. Immutable.
///
/// @param operationId the operation's id (as annotated on every changed object)
/// @param status the overall result
/// @param message one sentence for a person
/// @param clusters the result per cluster, in plan order
/// @param dryRun the dry run's verdict per step (`ok` or the server's refusal)
/// @param timings time spent per phase (PERMISSION, DRY_RUN, APPLY, VERIFY, UNDO)
public record Outcome(
    String operationId,
    Status status,
    String message,
    List<ClusterResult> clusters,
    List<String> dryRun,
    Map<Phase, Duration> timings) {

  public Outcome {
    clusters = List.copyOf(clusters);
    dryRun = List.copyOf(dryRun);
    timings = Map.copyOf(timings);
  }

  public enum Status {
    /// Applied and verified everywhere.
    DONE,
    /// `dryRun` asked: every write passed the server's dry run; nothing changed.
    DRY_RUN_PASSED,
    /// Stopped before any write: a check, a permission, a missing confirmation or a dry run.
    REFUSED,
    /// A write failed; everything applied was undone (see [Outcome#clusters]).
    FAILED,
    /// A write failed and not everything could be undone, or a result is unknown: the clusters
    /// named UNKNOWN or FAILED need a look; the operation record stays as incomplete.
    PARTIAL
  }

  public boolean succeeded() {
    return status == Status.DONE || status == Status.DRY_RUN_PASSED;
  }
}
