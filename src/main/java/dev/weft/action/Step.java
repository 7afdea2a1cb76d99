package dev.weft.action;

import java.util.List;

/// One write to one object in one cluster, as planned from the object read live. Immutable.
///
/// @param target the object written
/// @param summary what the write does, for a person (`drain health-gz-1`, `reroute app2 to
///     sh-1`, `restore app2`)
/// @param changes the fields changed, before → after
/// @param readVersion the `resourceVersion` the plan read; the write carries it, so a change by
///     anyone else in between is a 409 Conflict, never overwritten
public record Step(
    ObjectRef target, String summary, List<FieldChange> changes, String readVersion) {
  public Step {
    changes = List.copyOf(changes);
  }
}
