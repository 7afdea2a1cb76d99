package dev.weft.action;

/// Where one step of a running operation stands.
public enum StepState {
  PENDING,
  DRY_RUN_OK,
  /// Written and read back as written.
  APPLIED,
  /// Written, read back, and the gateway (for a route) accepted the new generation.
  VERIFIED,
  /// Applied, then undone because another step failed.
  UNDONE,
  FAILED,
  /// The write's answer was lost and the read-back could not tell whether it happened.
  UNKNOWN,
  /// Already as planned when the executor came to it (an earlier attempt wrote it).
  ALREADY_DONE
}
