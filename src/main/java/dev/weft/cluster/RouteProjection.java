package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Reads weights and per-region rules from an HTTPRoute, tolerantly: a rule whose matches carry
/// an [RouteInfo#REGION_HEADER] header names a region; every other rule adds to the weights.
/// A backendRef without a weight weighs 1, as Gateway API defines. Pure.
final class RouteProjection {
  private RouteProjection() {}

  static RouteInfo of(HTTPRoute route) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    Map<String, List<String>> regions = new LinkedHashMap<>();
    List<HTTPRouteRule> rules =
        route.getSpec() == null || route.getSpec().getRules() == null
            ? List.of()
            : route.getSpec().getRules();
    for (HTTPRouteRule rule : rules) {
      List<HTTPBackendRef> refs = rule.getBackendRefs() == null ? List.of() : rule.getBackendRefs();
      String region = region(rule.getMatches());
      if (region == null) {
        for (HTTPBackendRef ref : refs) {
          weights.merge(ref.getName(), weight(ref), Integer::sum);
        }
      } else {
        List<HTTPBackendRef> sorted = new ArrayList<>(refs);
        sorted.sort(Comparator.comparingInt(RouteProjection::weight).reversed());
        regions.put(region, sorted.stream().map(HTTPBackendRef::getName).toList());
      }
    }
    return new RouteInfo(weights, regions);
  }

  private static String region(List<HTTPRouteMatch> matches) {
    if (matches == null) {
      return null;
    }
    for (HTTPRouteMatch match : matches) {
      if (match.getHeaders() == null) {
        continue;
      }
      for (HTTPHeaderMatch header : match.getHeaders()) {
        if (RouteInfo.REGION_HEADER.equalsIgnoreCase(header.getName())) {
          return header.getValue();
        }
      }
    }
    return null;
  }

  private static int weight(HTTPBackendRef ref) {
    return ref.getWeight() == null ? 1 : ref.getWeight();
  }
}
