package dev.weft.action;

import java.util.List;

/// The preview of one cluster: every object the plan writes there, before → after. Immutable.
///
/// @param cluster `gateway` or a zone name
public record ClusterPreview(String cluster, List<ObjectDiff> objects) {
  public ClusterPreview {
    objects = List.copyOf(objects);
  }

  /// A readable block, one object per paragraph, one changed field per line.
  public String text() {
    StringBuilder b = new StringBuilder(cluster).append(':');
    for (ObjectDiff o : objects) {
      b.append("\n  ")
          .append(o.target().kind())
          .append(' ')
          .append(o.target().namespace())
          .append('/')
          .append(o.target().name())
          .append(" (")
          .append(o.summary())
          .append(')');
      for (FieldChange c : o.changes()) {
        b.append("\n    ").append(c.describe());
      }
    }
    return b.toString();
  }
}
