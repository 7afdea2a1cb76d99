package dev.weft.demo.auth;

import dev.weft.demo.api.Json;
import tools.jackson.databind.node.ObjectNode;

/// The `Status` bodies kube-apiserver refuses with: 401 Unauthorized and 403 Forbidden, worded
/// as its authentication and authorization filters word them. Stateless.
final class Statuses {
  private Statuses() {}

  static ObjectNode unauthorized() {
    return status(401, "Unauthorized", "Unauthorized");
  }

  /// `httproutes.gateway.networking.k8s.io "health" is forbidden: User "viewer" cannot patch
  /// resource "httproutes" in API group "gateway.networking.k8s.io" in the namespace "edge"`.
  static ObjectNode forbidden(Identity who, RequestAttributes request) {
    String user = "User \"" + who.username() + "\" cannot " + request.verb();
    if (!request.resourceRequest()) {
      return status(403, "Forbidden", "forbidden: " + user + " path \"" + request.path() + "\"");
    }
    String resource =
        request.subresource().isEmpty()
            ? request.resource()
            : request.resource() + "/" + request.subresource();
    String why =
        user
            + " resource \""
            + resource
            + "\" in API group \""
            + request.apiGroup()
            + "\""
            + (request.namespace().isEmpty()
                ? " at the cluster scope"
                : " in the namespace \"" + request.namespace() + "\"");
    String qualified =
        request.apiGroup().isEmpty()
            ? request.resource()
            : request.resource() + "." + request.apiGroup();
    String message =
        request.name().isEmpty()
            ? qualified + " is forbidden: " + why
            : qualified + " \"" + request.name() + "\" is forbidden: " + why;
    ObjectNode status = status(403, "Forbidden", message);
    ObjectNode details = Json.object();
    if (!request.name().isEmpty()) {
      details.put("name", request.name());
    }
    if (!request.apiGroup().isEmpty()) {
      details.put("group", request.apiGroup());
    }
    details.put("kind", request.resource());
    status.set("details", details);
    // kube-apiserver puts `code` last; keep the field order kubectl users see.
    status.remove("code");
    return status.put("code", 403);
  }

  static ObjectNode status(int code, String reason, String message) {
    ObjectNode status = Json.object().put("kind", "Status").put("apiVersion", "v1");
    status.putObject("metadata");
    return status
        .put("status", "Failure")
        .put("message", message)
        .put("reason", reason)
        .put("code", code);
  }
}
