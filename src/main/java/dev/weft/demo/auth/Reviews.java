package dev.weft.demo.auth;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ResourceType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Answers the questions users ask about themselves, from the same rules that judge their
/// requests: SelfSubjectAccessReview (may I?), SelfSubjectRulesReview (what may I, in this
/// namespace?) and SelfSubjectReview (who am I?). Stateless apart from the authorizer.
final class Reviews {
  private final RbacAuthorizer rbac;

  Reviews(RbacAuthorizer rbac) {
    this.rbac = rbac;
  }

  /// The answered review, as kube-apiserver returns it with 201 Created.
  ObjectNode answer(ResourceType type, Identity who, ObjectNode body) {
    ObjectNode review = Json.object().put("kind", type.kind()).put("apiVersion", type.apiVersion());
    review.putObject("metadata").putNull("creationTimestamp");
    if (type == ResourceType.SELF_SUBJECT_REVIEWS) {
      ObjectNode info = review.putObject("status").putObject("userInfo");
      info.put("username", who.username());
      who.groups().forEach(info.putArray("groups")::add);
      return review;
    }
    JsonNode spec = body.path("spec");
    review.set("spec", spec.isObject() ? spec : Json.object());
    ObjectNode status = review.putObject("status");
    if (type == ResourceType.SELF_SUBJECT_ACCESS_REVIEWS) {
      RbacAuthorizer.Decision decision = rbac.authorize(who, attributes(spec));
      status.put("allowed", decision.allowed());
      if (!decision.reason().isEmpty()) {
        status.put("reason", decision.reason());
      }
      return review;
    }
    ArrayNode resourceRules = status.putArray("resourceRules");
    ArrayNode nonResourceRules = status.putArray("nonResourceRules");
    for (PolicyRule rule : rbac.rulesIn(who, Json.text(spec, "namespace"))) {
      ObjectNode out =
          (rule.nonResourceURLs().isEmpty() ? resourceRules : nonResourceRules).addObject();
      rule.verbs().forEach(out.putArray("verbs")::add);
      if (rule.nonResourceURLs().isEmpty()) {
        rule.apiGroups().forEach(out.putArray("apiGroups")::add);
        rule.resources().forEach(out.putArray("resources")::add);
        if (!rule.resourceNames().isEmpty()) {
          rule.resourceNames().forEach(out.putArray("resourceNames")::add);
        }
      } else {
        rule.nonResourceURLs().forEach(out.putArray("nonResourceURLs")::add);
      }
    }
    status.put("incomplete", false);
    return review;
  }

  private static RequestAttributes attributes(JsonNode spec) {
    JsonNode resource = spec.path("resourceAttributes");
    if (resource.isObject()) {
      return RequestAttributes.resource(
          Json.text(resource, "verb"),
          Json.text(resource, "group"),
          Json.text(resource, "resource"),
          Json.text(resource, "subresource"),
          Json.text(resource, "namespace"),
          Json.text(resource, "name"));
    }
    JsonNode nonResource = spec.path("nonResourceAttributes");
    return RequestAttributes.nonResource(
        Json.text(nonResource, "verb"), Json.text(nonResource, "path"));
  }
}
