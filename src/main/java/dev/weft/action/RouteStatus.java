package dev.weft.action;

import tools.jackson.databind.JsonNode;

/// Whether the gateway accepted an HTTPRoute's current generation, from `status.parents[]`
/// (Gateway API: each parent's `Accepted` condition carries the `observedGeneration` it judged).
/// Pure.
final class RouteStatus {
  private RouteStatus() {}

  /// `null` when every parent accepted the current generation; `""` when no controller reports
  /// status for this route (nothing to wait for); `"pending"` while a parent has not judged the
  /// current generation yet; `"rejected: reason: message"` when one said no.
  static String accepted(JsonNode route) {
    JsonNode parents = route.path("status").path("parents");
    if (!parents.isArray() || parents.isEmpty()) {
      return "";
    }
    long generation = route.path("metadata").path("generation").asLong(0);
    for (JsonNode parent : parents) {
      JsonNode accepted = null;
      for (JsonNode c : parent.path("conditions")) {
        if ("Accepted".equals(Jsons.string(c, "type"))) {
          accepted = c;
        }
      }
      if (accepted == null || accepted.path("observedGeneration").asLong(0) < generation) {
        return "pending";
      }
      if (!"True".equals(Jsons.string(accepted, "status"))) {
        return "rejected: "
            + Jsons.string(accepted, "reason")
            + ": "
            + Jsons.string(accepted, "message");
      }
    }
    return null;
  }
}
