package dev.weft.demo.auth;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/// One rule of a Role or ClusterRole, matched against a request as Kubernetes' RBAC authorizer
/// matches it: `*` in verbs, apiGroups, resources and non-resource URLs; `*/sub` and
/// `resource/sub` for subresources; resourceNames only for requests that name an object (so
/// never for create, nor for list and watch without a `metadata.name` field selector); a
/// trailing `*` in a non-resource URL as a prefix. Immutable.
record PolicyRule(
    List<String> verbs,
    List<String> apiGroups,
    List<String> resources,
    List<String> resourceNames,
    List<String> nonResourceURLs) {
  private static final String ALL = "*";

  static PolicyRule of(JsonNode rule) {
    return new PolicyRule(
        strings(rule.path("verbs")),
        strings(rule.path("apiGroups")),
        strings(rule.path("resources")),
        strings(rule.path("resourceNames")),
        strings(rule.path("nonResourceURLs")));
  }

  boolean allows(RequestAttributes request) {
    if (!matches(verbs, request.verb())) {
      return false;
    }
    if (!request.resourceRequest()) {
      return nonResourceURLMatches(request.path());
    }
    String combined =
        request.subresource().isEmpty()
            ? request.resource()
            : request.resource() + "/" + request.subresource();
    return matches(apiGroups, request.apiGroup())
        && resourceMatches(combined, request.subresource())
        && (resourceNames.isEmpty() || resourceNames.contains(request.name()));
  }

  private boolean resourceMatches(String combined, String subresource) {
    for (String resource : resources) {
      if (resource.equals(ALL) || resource.equals(combined)) {
        return true;
      }
      if (!subresource.isEmpty()
          && resource.length() == subresource.length() + 2
          && resource.startsWith("*/")
          && resource.endsWith(subresource)) {
        return true;
      }
    }
    return false;
  }

  private boolean nonResourceURLMatches(String path) {
    for (String url : nonResourceURLs) {
      if (url.equals(ALL) || url.equals(path)) {
        return true;
      }
      if (url.endsWith("*") && path.startsWith(url.substring(0, url.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<String> allowed, String requested) {
    return allowed.contains(ALL) || allowed.contains(requested);
  }

  private static List<String> strings(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(n -> result.add(n.asString()));
    return List.copyOf(result);
  }
}
