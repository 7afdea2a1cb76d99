package dev.weft.action;

/// The phases of an action, in the order they run (see the package documentation).
public enum Phase {
  PLAN,
  CHECKS,
  PERMISSION,
  PREVIEW,
  DRY_RUN,
  APPLY,
  VERIFY,
  UNDO,
  DONE
}
