package dev.weft.cluster;

import java.util.List;
import java.util.Map;

/// The gateway's HTTPRoute reduced to what the map shows.
///
/// @param weights backendRef name → weight, from the rules without a header match (summed)
/// @param regionBackends region → backendRef names of its header-matched rule, heaviest first
public record RouteInfo(Map<String, Integer> weights, Map<String, List<String>> regionBackends) {
  /// The request header whose value names the user's region in per-region rules.
  public static final String REGION_HEADER = "x-weft-region";

  public RouteInfo {
    weights = Map.copyOf(weights);
    regionBackends = Map.copyOf(regionBackends);
  }
}
