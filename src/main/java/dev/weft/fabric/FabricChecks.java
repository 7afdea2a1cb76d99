package dev.weft.fabric;

import dev.weft.fabric.Draft.AppDraft;
import dev.weft.fabric.Draft.RegionDraft;
import dev.weft.fabric.Draft.ZoneDraft;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/// Checks across the values of a [Draft]: unique names, contexts and backends, references to
/// zones and apps that exist, a complete canary order and a dependency graph without cycles.
final class FabricChecks {
  private final Problems problems;

  FabricChecks(Problems problems) {
    this.problems = problems;
  }

  void check(Draft draft) {
    Map<String, Text> zones = unique(draft.zones(), ZoneDraft::name, "zone name", "rename one");
    unique(
        draft.zones(),
        ZoneDraft::context,
        "context",
        "each zone is its own cluster with its own kubeconfig context; fix one of them");
    unique(
        draft.zones(),
        ZoneDraft::backend,
        "backend",
        "each zone needs its own backendRef in the HTTPRoute; fix one of them");
    Map<String, Text> apps = unique(draft.apps(), AppDraft::name, "app name", "rename one");
    for (RegionDraft region : draft.regions()) {
      references(region.zones(), zones.keySet(), "zone", "region '" + region.name().value() + "'");
    }
    for (AppDraft app : draft.apps()) {
      if (app.dependsOn() != null) {
        references(
            app.dependsOn(),
            apps.keySet(),
            "app",
            "dependsOn of app '" + Draft.value(app.name()) + "'");
      }
    }
    if (draft.canary().order() != null) {
      canaryOrder(draft.canary(), zones);
    }
    new DependencyCycles(problems).check(draft.apps(), apps.keySet());
  }

  /// Reports every repeated value; returns the first of each, by value.
  private <T> Map<String, Text> unique(
      List<T> items, Function<T, Text> field, String what, String hint) {
    Map<String, Text> first = new LinkedHashMap<>();
    items.stream()
        .map(field)
        .filter(Objects::nonNull)
        .forEach(
            text -> {
              Text earlier = first.putIfAbsent(text.value(), text);
              if (earlier != null) {
                problems.at(
                    text.pos(),
                    "duplicate "
                        + what
                        + " '"
                        + text.value()
                        + "' (first on line "
                        + earlier.pos().line()
                        + ")",
                    hint);
              }
            });
    return first;
  }

  private void references(List<Text> names, Set<String> known, String what, String where) {
    Set<String> seen = new HashSet<>();
    for (Text name : names) {
      if (!known.contains(name.value())) {
        problems.at(
            name.pos(),
            "unknown " + what + " '" + name.value() + "' in " + where,
            Suggestions.didYouMean(
                name.value(),
                known,
                known.isEmpty()
                    ? "no " + what + " is declared"
                    : "the " + what + "s are " + String.join(", ", known)));
      } else if (!seen.add(name.value())) {
        problems.at(
            name.pos(),
            what + " '" + name.value() + "' appears twice in " + where,
            "list each " + what + " once");
      }
    }
  }

  private void canaryOrder(Draft.CanaryDraft canary, Map<String, Text> zones) {
    references(canary.order(), zones.keySet(), "zone", "canary.order");
    Set<String> listed = new HashSet<>();
    canary.order().forEach(t -> listed.add(t.value()));
    for (Text zone : zones.values()) {
      if (!listed.contains(zone.value())) {
        problems.at(
            canary.pos(),
            "zone '" + zone.value() + "' is missing from canary.order",
            "list every zone once, the canary zone first, e.g. ["
                + String.join(", ", zones.keySet())
                + "]; or remove 'order' to use file order");
      }
    }
  }
}
