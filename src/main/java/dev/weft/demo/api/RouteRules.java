package dev.weft.demo.api;

import tools.jackson.databind.JsonNode;

/// The Gateway API v1 CRD schema limits on HTTPRoutes that Weft's writes meet: at most 16 rules,
/// 16 backendRefs per rule, integer weights 0–1,000,000; worded as the API server words
/// OpenAPI schema errors. Stateless.
final class RouteRules {
  static final int MAX_RULES = 16;
  static final int MAX_BACKENDS = 16;
  static final long MAX_WEIGHT = 1_000_000;

  private RouteRules() {}

  static void check(JsonNode route, FieldErrors errors) {
    JsonNode rules = route.path("spec").path("rules");
    if (rules.size() > MAX_RULES) {
      errors.tooMany("spec.rules", rules.size(), MAX_RULES);
    }
    for (int r = 0; r < rules.size(); r++) {
      JsonNode refs = rules.get(r).path("backendRefs");
      String at = "spec.rules[" + r + "].backendRefs";
      if (refs.size() > MAX_BACKENDS) {
        errors.tooMany(at, refs.size(), MAX_BACKENDS);
      }
      for (int b = 0; b < refs.size(); b++) {
        String field = at + "[" + b + "].weight";
        JsonNode weight = refs.get(b).path("weight");
        if (weight.isMissingNode() || weight.isNull()) {
          continue;
        }
        if (!weight.isIntegralNumber()) {
          errors.invalid(
              field,
              Json.NODES.stringNode(weight.isString() ? "string" : "number"),
              field + " in body must be of type integer: " + FieldErrors.show(weight));
        } else if (weight.asLong() < 0) {
          errors.invalid(field, weight, field + " in body should be greater than or equal to 0");
        } else if (weight.asLong() > MAX_WEIGHT) {
          errors.invalid(
              field, weight, field + " in body should be less than or equal to " + MAX_WEIGHT);
        }
      }
    }
  }
}
