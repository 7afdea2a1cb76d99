package dev.weft.testing;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRuleBuilder;
import java.util.Map;

/// HTTPRoutes as the demo writes them: one weighted default rule, one rule per region.
public final class Routes {
  private Routes() {}

  public static HTTPRoute route(Map<String, Integer> weights, Map<String, String> regionFirst) {
    var rules =
        new java.util.ArrayList<io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule>();
    for (var region : regionFirst.entrySet()) {
      rules.add(
          new HTTPRouteRuleBuilder()
              .addNewMatch()
              .addNewHeader()
              .withName("x-weft-region")
              .withValue(region.getKey())
              .endHeader()
              .endMatch()
              .addToBackendRefs(
                  new HTTPBackendRefBuilder().withName(region.getValue()).withWeight(1).build())
              .build());
    }
    var defaults = new HTTPRouteRuleBuilder();
    weights.forEach(
        (backend, weight) ->
            defaults.addToBackendRefs(
                new HTTPBackendRefBuilder().withName(backend).withWeight(weight).build()));
    rules.add(defaults.build());
    return new HTTPRouteBuilder()
        .withNewMetadata()
        .withName("health")
        .withNamespace("edge")
        .endMetadata()
        .withNewSpec()
        .withRules(rules)
        .endSpec()
        .build();
  }
}
