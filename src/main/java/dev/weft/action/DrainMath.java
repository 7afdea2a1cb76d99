package dev.weft.action;

import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The weights of an HTTPRoute after draining one zone. Pure.
///
/// Only the `weight` of backendRefs that name a zone's backend changes; rules, matches, filters
/// and other backendRefs are left as they are.
///
/// - A rule without an `x-weft-region` header match (a default rule): the drained zone's weight
///   goes to 0 and is shared by the other zones of the rule that still take traffic and can be
///   reached, in proportion to their weights (largest remainder, so the total stays), or all of
///   it to the target zone when one is given.
/// - A region rule (`x-weft-region: R`) that sends R to the drained zone: its weight goes to the
///   next zone of R's nearest-first order (the fabric's `regions`, else the rule's order by
///   weight) that is available (reachable and healthy), not drained and listed in the rule.
public final class DrainMath {
  /// The route's header that names a user region.
  public static final String REGION_HEADER = "x-weft-region";

  private DrainMath() {}

  /// What draining gave.
  ///
  /// @param rules the new rules (a copy; the input is not changed)
  /// @param received zone → weight it receives, summed over rules
  /// @param problems why the drain cannot be done as asked (empty when it can)
  /// @param lastZone no zone would take traffic in the default rules afterwards
  /// @param regionsLeft regions whose rule would send to no zone afterwards
  public record Result(
      ArrayNode rules,
      Map<String, Integer> received,
      List<String> problems,
      boolean lastZone,
      List<String> regionsLeft) {}

  /// Drains `zone` in `rules`.
  ///
  /// @param target the one zone that takes the default rules' share, or `null`
  /// @param unreachable zones that cannot take a proportional share
  /// @param unavailable zones a region rule must skip (unreachable or not healthy)
  public static Result drain(
      Fabric fabric,
      ArrayNode rules,
      String zone,
      String target,
      Set<String> unreachable,
      Set<String> unavailable) {
    ArrayNode out = rules.deepCopy();
    Map<String, String> zoneOfBackend = new LinkedHashMap<>();
    fabric.zones().forEach(z -> zoneOfBackend.put(z.backend(), z.name()));
    Set<String> drained = drainedZones(fabric, out);
    Map<String, Integer> received = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> regionsLeft = new ArrayList<>();
    String backend = fabric.zone(zone).map(Zone::backend).orElseThrow();
    for (int i = 0; i < out.size(); i++) {
      JsonNode rule = out.get(i);
      if (!(rule.get("backendRefs") instanceof ArrayNode refs)) {
        continue;
      }
      int moved = 0;
      for (JsonNode ref : refs) {
        if (backend.equals(Jsons.string(ref, "name")) && weight(ref) > 0) {
          moved += weight(ref);
          ((ObjectNode) ref).put("weight", 0);
        }
      }
      if (moved == 0) {
        continue;
      }
      String region = region(rule);
      if (region == null) {
        shareDefault(
            fabric, refs, zoneOfBackend, zone, target, moved, unreachable, i, received, problems);
      } else {
        String next = nextInRegion(fabric, refs, zoneOfBackend, region, zone, drained, unavailable);
        if (next == null) {
          regionsLeft.add(region);
        } else {
          ObjectNode ref = refOf(refs, fabric.zone(next).orElseThrow().backend());
          ref.put("weight", weight(ref) + moved);
          received.merge(next, moved, Integer::sum);
        }
      }
    }
    boolean last = defaultTotal(fabric, out) == 0 && defaultTotal(fabric, rules) > 0;
    return new Result(out, received, problems, last, regionsLeft);
  }

  private static void shareDefault(
      Fabric fabric,
      ArrayNode refs,
      Map<String, String> zoneOfBackend,
      String zone,
      String target,
      int moved,
      Set<String> unreachable,
      int ruleIndex,
      Map<String, Integer> received,
      List<String> problems) {
    if (target != null) {
      ObjectNode ref = refOf(refs, fabric.zone(target).orElseThrow().backend());
      if (ref == null) {
        problems.add("rule " + (ruleIndex + 1) + " of the route has no backendRef for " + target);
        return;
      }
      ref.put("weight", weight(ref) + moved);
      received.merge(target, moved, Integer::sum);
      return;
    }
    List<ObjectNode> takers = new ArrayList<>();
    boolean unreachableTakers = false;
    for (JsonNode ref : refs) {
      String other = zoneOfBackend.get(Jsons.string(ref, "name"));
      if (other == null || other.equals(zone) || weight(ref) == 0) {
        continue;
      }
      if (unreachable.contains(other)) {
        unreachableTakers = true;
      } else {
        takers.add((ObjectNode) ref);
      }
    }
    if (takers.isEmpty()) {
      if (unreachableTakers) {
        problems.add(
            "no reachable zone is left in rule " + (ruleIndex + 1) + " to take the traffic");
      }
      return;
    }
    int total = takers.stream().mapToInt(DrainMath::weight).sum();
    int[] share = new int[takers.size()];
    double[] remainder = new double[takers.size()];
    int given = 0;
    for (int k = 0; k < takers.size(); k++) {
      double exact = (double) moved * weight(takers.get(k)) / total;
      share[k] = (int) Math.floor(exact);
      remainder[k] = exact - share[k];
      given += share[k];
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < takers.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingDouble((Integer k) -> -remainder[k]).thenComparing(k -> k));
    for (int k = 0; given < moved; k++, given++) {
      share[order.get(k % order.size())]++;
    }
    for (int k = 0; k < takers.size(); k++) {
      ObjectNode ref = takers.get(k);
      ref.put("weight", weight(ref) + share[k]);
      received.merge(zoneOfBackend.get(Jsons.string(ref, "name")), share[k], Integer::sum);
    }
  }

  private static String nextInRegion(
      Fabric fabric,
      ArrayNode refs,
      Map<String, String> zoneOfBackend,
      String region,
      String zone,
      Set<String> drained,
      Set<String> unavailable) {
    List<String> order = fabric.regions().get(region);
    if (order == null) {
      List<JsonNode> sorted = new ArrayList<>();
      refs.forEach(sorted::add);
      sorted.sort(Comparator.comparingInt(DrainMath::weight).reversed());
      order = sorted.stream().map(r -> zoneOfBackend.get(Jsons.string(r, "name"))).toList();
    }
    for (String candidate : order) {
      if (candidate == null
          || candidate.equals(zone)
          || drained.contains(candidate)
          || unavailable.contains(candidate)) {
        continue;
      }
      if (refOf(refs, fabric.zone(candidate).map(Zone::backend).orElse("")) != null) {
        return candidate;
      }
    }
    return null;
  }

  /// Zones whose backendRefs weigh 0 in every default rule that lists them: already drained.
  static Set<String> drainedZones(Fabric fabric, ArrayNode rules) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (JsonNode rule : rules) {
      if (region(rule) != null || !(rule.get("backendRefs") instanceof ArrayNode refs)) {
        continue;
      }
      for (Zone z : fabric.zones()) {
        for (JsonNode ref : refs) {
          if (z.backend().equals(Jsons.string(ref, "name"))) {
            weights.merge(z.name(), weight(ref), Integer::sum);
          }
        }
      }
    }
    Set<String> drained = new java.util.LinkedHashSet<>();
    weights.forEach(
        (z, w) -> {
          if (w == 0) {
            drained.add(z);
          }
        });
    return drained;
  }

  /// The total weight of zone backends in the default rules.
  static int defaultTotal(Fabric fabric, ArrayNode rules) {
    Set<String> backends = new java.util.HashSet<>();
    fabric.zones().forEach(z -> backends.add(z.backend()));
    int total = 0;
    for (JsonNode rule : rules) {
      if (region(rule) == null && rule.get("backendRefs") instanceof ArrayNode refs) {
        for (JsonNode ref : refs) {
          if (backends.contains(Jsons.string(ref, "name"))) {
            total += weight(ref);
          }
        }
      }
    }
    return total;
  }

  /// The region a rule's header match names, or `null` for a default rule.
  static String region(JsonNode rule) {
    for (JsonNode match : rule.path("matches")) {
      for (JsonNode header : match.path("headers")) {
        if (REGION_HEADER.equalsIgnoreCase(Jsons.string(header, "name"))) {
          return Jsons.string(header, "value");
        }
      }
    }
    return null;
  }

  private static ObjectNode refOf(ArrayNode refs, String backend) {
    for (JsonNode ref : refs) {
      if (backend.equals(Jsons.string(ref, "name"))) {
        return (ObjectNode) ref;
      }
    }
    return null;
  }

  /// A backendRef without a weight weighs 1, as Gateway API defines.
  static int weight(JsonNode ref) {
    JsonNode w = ref.get("weight");
    return w == null || !w.isNumber() ? 1 : w.asInt();
  }
}
