package dev.weft.demo.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The discovery documents kubectl reads before anything else: `/version`, `/api`, `/apis`, and
/// each group version's resource list. Legacy (unaggregated) discovery only: kubectl falls back
/// to it when the server answers plain `application/json`. Stateless.
final class Discovery {
  private static final List<String> VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  /// The Kubernetes version the demo answers as (`/version`, the OpenAPI documents' info).
  static final String GIT_VERSION = "v1.32.0-weft-demo";

  private Discovery() {}

  /// The document at `path`, if it is a discovery path.
  static Optional<ObjectNode> at(String path, String serverAddress) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/version")) {
      return Optional.of(version());
    }
    if (p.equals("/api")) {
      ObjectNode api = Json.object().put("kind", "APIVersions");
      api.putArray("versions").add("v1");
      api.putArray("serverAddressByClientCIDRs")
          .addObject()
          .put("clientCIDR", "0.0.0.0/0")
          .put("serverAddress", serverAddress);
      return Optional.of(api);
    }
    if (p.equals("/apis")) {
      return Optional.of(groups());
    }
    for (String groupVersion : groupVersions()) {
      String prefix = groupVersion.contains("/") ? "/apis/" + groupVersion : "/api/" + groupVersion;
      if (p.equals(prefix)) {
        return Optional.of(resources(groupVersion));
      }
    }
    return Optional.empty();
  }

  private static ObjectNode version() {
    return Json.object()
        .put("major", "1")
        .put("minor", "32")
        .put("gitVersion", GIT_VERSION)
        .put("gitCommit", "0000000000000000000000000000000000000000")
        .put("gitTreeState", "clean")
        .put("buildDate", "2026-01-01T00:00:00Z")
        .put("goVersion", "go1.23")
        .put("compiler", "gc")
        .put("platform", "linux/amd64");
  }

  private static Set<String> groupVersions() {
    Set<String> result = new LinkedHashSet<>();
    ResourceType.ALL.forEach(t -> result.add(t.apiVersion()));
    return result;
  }

  private static ObjectNode groups() {
    ObjectNode list = Json.object().put("kind", "APIGroupList").put("apiVersion", "v1");
    ArrayNode groups = list.putArray("groups");
    Set<String> seen = new LinkedHashSet<>();
    for (ResourceType type : ResourceType.ALL) {
      if (type.group().isEmpty() || !seen.add(type.group())) {
        continue;
      }
      ObjectNode group = groups.addObject().put("name", type.group());
      ObjectNode version =
          Json.object().put("groupVersion", type.apiVersion()).put("version", type.version());
      group.putArray("versions").add(version);
      group.set("preferredVersion", version.deepCopy());
    }
    return list;
  }

  private static ObjectNode resources(String groupVersion) {
    ObjectNode list =
        Json.object()
            .put("kind", "APIResourceList")
            .put("apiVersion", "v1")
            .put("groupVersion", groupVersion);
    ArrayNode resources = list.putArray("resources");
    for (ResourceType type : ResourceType.ALL) {
      if (!type.apiVersion().equals(groupVersion)) {
        continue;
      }
      ObjectNode resource =
          resources
              .addObject()
              .put("name", type.plural())
              .put("singularName", type.singular())
              .put("namespaced", type.namespaced())
              .put("kind", type.kind());
      ArrayNode verbs = resource.putArray("verbs");
      (type.isReview() ? List.of("create") : VERBS)
          .stream()
              // Namespaces have no deletecollection (kube-apiserver's discovery says so too).
              .filter(v -> type != ResourceType.NAMESPACES || !v.equals("deletecollection"))
              .forEach(verbs::add);
      if (!type.shortNames().isEmpty()) {
        ArrayNode shortNames = resource.putArray("shortNames");
        type.shortNames().forEach(shortNames::add);
      }
      if (type.inAllCategory()) {
        resource.putArray("categories").add("all");
      }
      if (type.hasStatus()) {
        subresource(resources, type, "status", type.kind(), null);
      }
      if (type.hasScale()) {
        subresource(resources, type, "scale", "Scale", "autoscaling");
      }
    }
    return list;
  }

  private static void subresource(
      ArrayNode resources, ResourceType type, String name, String kind, String group) {
    ObjectNode sub =
        resources
            .addObject()
            .put("name", type.plural() + "/" + name)
            .put("singularName", "")
            .put("namespaced", type.namespaced())
            .put("kind", kind);
    if (group != null) {
      sub.put("group", group).put("version", "v1");
    }
    sub.putArray("verbs").add("get").add("patch").add("update");
  }
}
