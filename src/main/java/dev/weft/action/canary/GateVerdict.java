package dev.weft.action.canary;

/// A gate's verdict. `NO_DATA` is inconclusive: it holds the release (never promotes, never
/// fails it) until the data is back.
public enum GateVerdict {
  PASS,
  WAITING,
  NO_DATA,
  FAIL;

  public String label() {
    return this == NO_DATA ? "no data" : name().toLowerCase(java.util.Locale.ROOT);
  }

  /// The worse of two verdicts: FAIL over NO_DATA over WAITING over PASS.
  GateVerdict worst(GateVerdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
