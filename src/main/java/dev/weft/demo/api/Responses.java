package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Builds the HTTP answers of the demo API server. Stateless.
final class Responses {
  private Responses() {}

  static MockResponse json(int code, JsonNode body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(Json.bytes(body));
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

  static MockResponse error(int code, String reason, String message) {
    return json(code, status(code, reason, message));
  }

  static MockResponse error(StoreException e) {
    ObjectNode status = status(e.code(), e.reason(), e.getMessage());
    if (e.details() != null) {
      status.set("details", e.details());
    }
    if (!e.continueToken().isEmpty()) {
      ((ObjectNode) status.get("metadata")).put("continue", e.continueToken());
    }
    return json(e.code(), status);
  }

  /// kube-apiserver's answer when a handler panics (its panic-recovery filter): a plain-text 500.
  static MockResponse panic() {
    return new MockResponse()
        .setResponseCode(500)
        .setHeader("Content-Type", "text/plain; charset=utf-8")
        .setHeader("X-Content-Type-Options", "nosniff")
        .setBody("This request caused apiserver to panic. Look in the logs for details.\n");
  }

  static ObjectNode watchEvent(String type, JsonNode object) {
    ObjectNode event = Json.object().put("type", type);
    event.set("object", object);
    return event;
  }

  static ObjectNode gone(String message) {
    return watchEvent("ERROR", status(410, "Expired", message));
  }
}
