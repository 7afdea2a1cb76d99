package dev.weft.demo.api;

import tools.jackson.databind.node.ObjectNode;

/// A refused store operation, carrying the HTTP status, reason and (for 422 Invalid) the
/// `details` the API server answers with.
public final class StoreException extends RuntimeException {
  private final int code;
  private final String reason;
  private final transient ObjectNode details;
  private String continueToken = "";

  public StoreException(int code, String reason, String message) {
    this(code, reason, message, null);
  }

  public StoreException(int code, String reason, String message, ObjectNode details) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }

  public int code() {
    return code;
  }

  public String reason() {
    return reason;
  }

  /// The Status `details` (name, group, kind, causes), or null.
  public ObjectNode details() {
    return details;
  }

  /// The continue token a 410 on a too-old page hands back to go on with, or `""`.
  public String continueToken() {
    return continueToken;
  }

  StoreException withContinue(String token) {
    this.continueToken = token;
    return this;
  }

  static StoreException notFound(ResourceType type, String name) {
    return new StoreException(
        404, "NotFound", type.qualifiedPlural() + " \"" + name + "\" not found", about(type, name));
  }

  /// 403 as the NamespaceLifecycle admission plugin refuses a create in a namespace being deleted.
  static StoreException namespaceTerminating(ResourceType type, String name, String namespace) {
    String why =
        "unable to create new content in namespace "
            + namespace
            + " because it is being terminated";
    ObjectNode details = about(type, name);
    details
        .putArray("causes")
        .addObject()
        .put("reason", "NamespaceTerminating")
        .put("message", why)
        .put("field", "metadata.namespace");
    return new StoreException(
        403,
        "Forbidden",
        type.qualifiedPlural() + " \"" + name + "\" is forbidden: " + why,
        details);
  }

  /// 409 as kube-apiserver refuses a create of a name that is taken.
  static StoreException alreadyExists(ResourceType type, String name) {
    return new StoreException(
        409,
        "AlreadyExists",
        type.qualifiedPlural() + " \"" + name + "\" already exists",
        about(type, name));
  }

  /// 403 as an admission plugin refuses an operation on one object.
  static StoreException forbidden(ResourceType type, String name, String why) {
    return new StoreException(
        403,
        "Forbidden",
        type.qualifiedPlural() + " \"" + name + "\" is forbidden: " + why,
        about(type, name));
  }

  private static ObjectNode about(ResourceType type, String name) {
    ObjectNode details = Json.object().put("name", name);
    if (!type.group().isEmpty()) {
      details.put("group", type.group());
    }
    return details.put("kind", type.plural());
  }

  /// 409 as kube-apiserver words an update carrying a stale `resourceVersion`.
  public static StoreException conflict(ResourceType type, String name) {
    return conflict(
        type,
        name,
        "the object has been modified; please apply your changes to the latest version and try"
            + " again");
  }

  /// 409 Conflict on one object, for `why` (a stale version, a failed precondition).
  static StoreException conflict(ResourceType type, String name, String why) {
    return new StoreException(
        409,
        "Conflict",
        "Operation cannot be fulfilled on " + type.qualifiedPlural() + " \"" + name + "\": " + why,
        about(type, name));
  }

  static StoreException badRequest(String message) {
    return new StoreException(400, "BadRequest", message);
  }
}
