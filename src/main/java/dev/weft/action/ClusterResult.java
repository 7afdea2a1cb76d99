package dev.weft.action;

/// How one cluster ended after an operation. Immutable.
///
/// @param reason why it failed, is unknown or was undone; empty for CHANGED and UNCHANGED
public record ClusterResult(String cluster, Result result, String reason) {
  public enum Result {
    /// Every write to this cluster applied and verified.
    CHANGED,
    /// Nothing was written here (the operation stopped before, or nothing was planned).
    UNCHANGED,
    /// Writes here were applied, then undone because another step failed.
    UNDONE,
    /// A write here failed (the reason says how); nothing of it stayed.
    FAILED,
    /// Weft cannot tell whether a write here happened (its answer was lost and the read-back
    /// failed): look at the object.
    UNKNOWN
  }

  public String describe() {
    return cluster
        + ": "
        + result.name().toLowerCase()
        + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
