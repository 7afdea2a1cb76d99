package dev.weft.fabric;

import dev.weft.fabric.Draft.AppDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Finds cycles in `dependsOn` by depth-first search and reports each once, as the path it
/// takes (`app1 → app2 → app3 → app1`), at the entry that closes it.
final class DependencyCycles {
  private final Problems problems;
  private final Map<String, List<Text>> edges = new LinkedHashMap<>();
  private final Map<String, Boolean> onPath = new HashMap<>();
  private final List<String> path = new ArrayList<>();
  private final Set<Set<String>> reported = new HashSet<>();

  DependencyCycles(Problems problems) {
    this.problems = problems;
  }

  void check(List<AppDraft> apps, Set<String> known) {
    for (AppDraft app : apps) {
      if (app.name() != null && app.dependsOn() != null) {
        edges.putIfAbsent(
            app.name().value(),
            app.dependsOn().stream().filter(t -> known.contains(t.value())).toList());
      }
    }
    for (String app : edges.keySet()) {
      visit(app);
    }
  }

  /// Iterative, so that a long chain of apps cannot overflow the stack.
  private void visit(String root) {
    if (onPath.containsKey(root)) {
      return;
    }
    List<Integer> nextEdge = new ArrayList<>();
    enter(root, nextEdge);
    while (!path.isEmpty()) {
      int top = path.size() - 1;
      String app = path.get(top);
      List<Text> out = edges.getOrDefault(app, List.of());
      int i = nextEdge.get(top);
      if (i == out.size()) {
        path.removeLast();
        nextEdge.removeLast();
        onPath.put(app, false);
        continue;
      }
      nextEdge.set(top, i + 1);
      Text next = out.get(i);
      if (Boolean.TRUE.equals(onPath.get(next.value()))) {
        report(path.subList(path.indexOf(next.value()), path.size()), next);
      } else if (!onPath.containsKey(next.value())) {
        enter(next.value(), nextEdge);
      }
    }
  }

  private void enter(String app, List<Integer> nextEdge) {
    onPath.put(app, true);
    path.add(app);
    nextEdge.add(0);
  }

  private void report(List<String> cycle, Text closing) {
    if (!reported.add(Set.copyOf(cycle))) {
      return;
    }
    String shown = String.join(" → ", cycle) + " → " + closing.value();
    problems.at(
        closing.pos(),
        "dependency cycle: " + shown,
        cycle.size() == 1
            ? "an app cannot depend on itself; remove '" + closing.value() + "' from its dependsOn"
            : "apps must call each other in one direction; remove one of these dependsOn entries");
  }
}
