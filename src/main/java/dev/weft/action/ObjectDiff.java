package dev.weft.action;

import java.util.List;

/// What changes in one object, before → after, for the preview. Immutable.
public record ObjectDiff(ObjectRef target, String summary, List<FieldChange> changes) {
  public ObjectDiff {
    changes = List.copyOf(changes);
  }
}
