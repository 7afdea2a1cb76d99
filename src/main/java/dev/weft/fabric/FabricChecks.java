package dev.weft.fabric;

import dev.weft.fabric.Draft.AppDraft;
import dev.weft.fabric.Draft.RegionDraft;
import dev.weft.fabric.Draft.ZoneDraft;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    Map<String, Text> zones =
        unique(draft.zones(), ZoneDraft::name, null, "zone name", "zone names must be unique");
    unique(
        draft.zones(),
        ZoneDraft::context,
        ZoneDraft::name,
        "context",
        "each zone is its own cluster, reached through its own kubeconfig context");
    unique(
        draft.zones(),
        ZoneDraft::backend,
        ZoneDraft::name,
        "backend",
        "each zone needs its own backendRef in the HTTPRoute");
    Map<String, Text> apps =
        unique(draft.apps(), AppDraft::name, null, "app name", "app names must be unique");
    for (RegionDraft region : draft.regions()) {
      references(region.zones(), zones.keySet(), "zone", "region '" + region.name().value() + "'");
    }
    zoneRegions(draft);
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

  /// Reports every repeated value; returns the first of each, by value. With `owner`, messages
  /// name the zones that share it: "zones 'gz-1' and 'sh-1' share context 'x' (line 11)".
  private <T> Map<String, Text> unique(
      List<T> items, Function<T, Text> field, Function<T, Text> owner, String what, String hint) {
    Map<String, T> first = new LinkedHashMap<>();
    for (T item : items) {
      Text value = field.apply(item);
      if (value == null) {
        continue;
      }
      T earlier = first.putIfAbsent(value.value(), item);
      if (earlier == null) {
        continue;
      }
      int line = field.apply(earlier).pos().line();
      String message =
          owner == null || owner.apply(earlier) == null || owner.apply(item) == null
              ? "duplicate " + what + " '" + value.value() + "' (first on line " + line + ")"
              : "zones '"
                  + owner.apply(earlier).value()
                  + "' and '"
                  + owner.apply(item).value()
                  + "' share "
                  + what
                  + " '"
                  + value.value()
                  + "' (line "
                  + line
                  + ")";
      problems.at(value.pos(), message, hint);
    }
    Map<String, Text> texts = new LinkedHashMap<>();
    first.forEach((k, v) -> texts.put(k, field.apply(v)));
    return texts;
  }

  private void references(List<Text> names, Set<String> known, String what, String where) {
    Set<String> seen = new HashSet<>();
    for (Text name : names) {
      if (!known.contains(name.value())) {
        problems.at(
            name.pos(),
            "unknown " + what + " " + Yaml.quote(name.value()) + " in " + where,
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

  /// Where `regions` is given, the region each zone serves must be one of its keys.
  private void zoneRegions(Draft draft) {
    if (draft.regions().isEmpty()) {
      return;
    }
    Set<String> regions = new LinkedHashSet<>();
    draft.regions().forEach(r -> regions.add(r.name().value()));
    for (ZoneDraft zone : draft.zones()) {
      Text region = zone.region();
      if (region != null && !regions.contains(region.value())) {
        problems.at(
            region.pos(),
            "region " + Yaml.quote(region.value()) + " is not in regions",
            Suggestions.didYouMean(
                region.value(),
                regions,
                "add it to regions with its zones nearest first, or correct the name"));
      }
    }
  }

  private void canaryOrder(Draft.CanaryDraft canary, Map<String, Text> zones) {
    String hint =
        "list every zone once, the canary zone first, e.g. ["
            + String.join(", ", zones.keySet())
            + "]; or remove 'order' to use file order";
    if (canary.order().isEmpty()) {
      problems.at(canary.pos(), "canary.order is empty", hint);
      return;
    }
    references(canary.order(), zones.keySet(), "zone", "canary.order");
    Set<String> listed = new HashSet<>();
    canary.order().forEach(t -> listed.add(t.value()));
    for (Text zone : zones.values()) {
      if (!listed.contains(zone.value())) {
        problems.at(canary.pos(), "zone '" + zone.value() + "' is missing from canary.order", hint);
      }
    }
  }
}
