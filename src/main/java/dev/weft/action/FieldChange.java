package dev.weft.action;

/// One field of one object that a step changes, as a JSON pointer and JSON values. Immutable.
///
/// @param path a JSON pointer into the object, e.g. `/spec/rules/3/backendRefs/0/weight`
/// @param label the same for a person, e.g. `rule 4 (default) → health-gz-1 weight`
/// @param before the value before, as JSON text; `null` where the field is absent
/// @param after the value after, as JSON text; `null` where the field is removed
public record FieldChange(String path, String label, String before, String after) {
  /// `rule 4 (default) → health-gz-1 weight: 34 → 0`.
  public String describe() {
    return label
        + ": "
        + (before == null ? "(none)" : before)
        + " → "
        + (after == null ? "(none)" : after);
  }
}
