package dev.weft.demo.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/// The options of one write as kube-apiserver reads them from the query, or a DELETE's
/// DeleteOptions body: `dryRun`, whose one allowed value is `All`, and a delete's
/// `propagationPolicy` (`Orphan`, `Background`, `Foreground`; `orphanDependents: true` is the old
/// spelling of `Orphan`). Immutable.
///
/// @param uid a delete's `preconditions.uid`, or null
/// @param resourceVersion a delete's `preconditions.resourceVersion`, or null
record WriteOptions(boolean dryRun, boolean orphan, String uid, String resourceVersion) {
  /// Reads the options of a write; an unknown `dryRun` value is the 422 the API server gives
  /// (`CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: …`).
  static WriteOptions of(ApiPath api, String method) {
    return of(api, method, null);
  }

  /// As [#of(ApiPath, String)]; a DELETE may carry its options in a DeleteOptions body instead,
  /// as kubectl sends them.
  static WriteOptions of(ApiPath api, String method, byte[] body) {
    String dryRun = api.param("dryRun");
    String uid = null;
    String resourceVersion = null;
    String policy = api.param("propagationPolicy");
    boolean orphanDependents = "true".equals(api.param("orphanDependents"));
    if (method.equals("DELETE") && body != null && body.length > 0) {
      JsonNode options;
      try {
        options = Json.MAPPER.readTree(body);
      } catch (JacksonException e) {
        throw StoreException.badRequest("the DeleteOptions body is not valid JSON");
      }
      if (dryRun == null) {
        for (JsonNode value : options.path("dryRun")) {
          dryRun = value.asString("");
          if (!dryRun.equals("All")) {
            break;
          }
        }
      }
      if (policy == null && options.path("propagationPolicy").isString()) {
        policy = options.path("propagationPolicy").asString();
      }
      orphanDependents |= options.path("orphanDependents").asBoolean(false);
      JsonNode preconditions = options.path("preconditions");
      uid = preconditions.path("uid").isString() ? preconditions.path("uid").asString() : null;
      resourceVersion =
          preconditions.path("resourceVersion").isString()
              ? preconditions.path("resourceVersion").asString()
              : null;
    }
    String kind =
        switch (method) {
          case "POST" -> "CreateOptions";
          case "PATCH" -> "PatchOptions";
          case "DELETE" -> "DeleteOptions";
          default -> "UpdateOptions";
        };
    if (policy != null
        && !java.util.List.of("Orphan", "Background", "Foreground").contains(policy)) {
      // kube-apiserver: DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported
      // value: "Bogus": supported values: "Foreground", "Background", "Orphan"
      FieldErrors errors = new FieldErrors();
      errors.notSupported(
          "propagationPolicy",
          "\"" + FieldErrors.cut(policy) + "\"",
          "\"Foreground\", \"Background\", \"Orphan\"");
      throw errors.invalid(kind + ".meta.k8s.io", "meta.k8s.io", kind, "");
    }
    boolean orphan = "Orphan".equals(policy) || (policy == null && orphanDependents);
    if (dryRun == null) {
      return new WriteOptions(false, orphan, uid, resourceVersion);
    }
    if (dryRun.equals("All")) {
      return new WriteOptions(true, orphan, uid, resourceVersion);
    }
    FieldErrors errors = new FieldErrors();
    errors.notSupported("dryRun", "[]string{\"" + FieldErrors.cut(dryRun) + "\"}", "\"All\"");
    throw errors.invalid(kind + ".meta.k8s.io", "meta.k8s.io", kind, "");
  }
}
