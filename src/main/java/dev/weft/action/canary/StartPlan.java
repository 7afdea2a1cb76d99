package dev.weft.action.canary;

import dev.weft.action.Permission;
import java.util.List;

/// A start, read from the live objects and checked, before anything is written: the preview
/// lines, the access review answers and what blocks it. Immutable once made.
public record StartPlan(
    Release release, List<String> preview, List<Permission> permissions, List<String> blockers) {
  public StartPlan {
    preview = List.copyOf(preview);
    permissions = List.copyOf(permissions);
    blockers = List.copyOf(blockers);
  }

  public boolean feasible() {
    return blockers.isEmpty();
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    preview.forEach(l -> b.append(l).append('\n'));
    blockers.forEach(l -> b.append("refused: ").append(l).append('\n'));
    return b.toString();
  }
}
