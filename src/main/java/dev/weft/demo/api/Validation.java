package dev.weft.demo.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// What kube-apiserver does to an object between decoding and storing it: type checks (400),
/// defaulting, the registry strategy (cluster IPs) and validation (422 with `details.causes`).
/// Runs for API writes only: the simulated controllers write straight to the store. Called under
/// the store's lock. Stateless.
final class Validation {
  private Validation() {}

  /// Checks, defaults and validates `object` (changed in place) as a create (`old` null) or an
  /// update of `old`; throws the API server's error when it is refused.
  static void admit(ResourceType type, ObjectNode object, JsonNode old, ObjectStore store) {
    Decoding.check(type, object);
    FieldErrors errors = new FieldErrors();
    MetadataRules.check(object, errors);
    if (old == null && !type.isReview()) {
      MetadataRules.checkName(type, object, errors);
    }
    if (type == ResourceType.DEPLOYMENTS) {
      DeploymentRules.defaults(object);
      DeploymentRules.check(object, old, errors);
    } else if (type == ResourceType.SERVICES) {
      ServiceRules.prepare(object, old, store, errors);
    } else if (type == ResourceType.HTTP_ROUTES) {
      RouteRules.check(object, errors);
    } else if (type == ResourceType.REPLICA_SETS) {
      JsonNode replicas = object.path("spec").path("replicas");
      if (replicas.isNumber() && replicas.asLong() < 0) {
        errors.invalid("spec.replicas", replicas, "must be greater than or equal to 0");
      }
    }
    errors.throwIfAny(type, Json.name(object));
  }
}
