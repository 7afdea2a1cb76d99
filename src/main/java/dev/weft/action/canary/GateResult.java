package dev.weft.action.canary;

/// One gate at one moment: its value against its threshold, and the verdict. Immutable.
///
/// @param gate `ready ratio`, `restarts`, `warning events`, `rollout`, `soak`, `deadline`
/// @param value what was seen, for a person (`0.67`, `2`, `12s`)
/// @param threshold what it must be (`≥ 1.00`, `≤ 0`, `60s`)
public record GateResult(String gate, String value, String threshold, GateVerdict verdict) {
  public String text() {
    return gate + " " + value + " (" + threshold + "): " + verdict.label();
  }
}
