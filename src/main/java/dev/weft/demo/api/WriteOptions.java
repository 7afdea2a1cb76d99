package dev.weft.demo.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/// The options of one write as kube-apiserver reads them from the query: only `dryRun`, whose
/// one allowed value is `All`. Immutable.
record WriteOptions(boolean dryRun) {
  /// Reads the options of a write; an unknown `dryRun` value is the 422 the API server gives
  /// (`CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: …`).
  static WriteOptions of(ApiPath api, String method) {
    return of(api, method, null);
  }

  /// As [#of(ApiPath, String)]; a DELETE may carry its `dryRun` in a DeleteOptions body instead,
  /// as kubectl sends it.
  static WriteOptions of(ApiPath api, String method, byte[] body) {
    String dryRun = api.param("dryRun");
    if (dryRun == null && method.equals("DELETE") && body != null && body.length > 0) {
      JsonNode options;
      try {
        options = Json.MAPPER.readTree(body);
      } catch (JacksonException e) {
        throw StoreException.badRequest("the DeleteOptions body is not valid JSON");
      }
      for (JsonNode value : options.path("dryRun")) {
        dryRun = value.asString("");
        if (!dryRun.equals("All")) {
          break;
        }
      }
    }
    if (dryRun == null) {
      return new WriteOptions(false);
    }
    if (dryRun.equals("All")) {
      return new WriteOptions(true);
    }
    String kind =
        switch (method) {
          case "POST" -> "CreateOptions";
          case "PATCH" -> "PatchOptions";
          case "DELETE" -> "DeleteOptions";
          default -> "UpdateOptions";
        };
    FieldErrors errors = new FieldErrors();
    errors.notSupported("dryRun", "[]string{\"" + FieldErrors.cut(dryRun) + "\"}", "\"All\"");
    throw errors.invalid(kind + ".meta.k8s.io", "meta.k8s.io", kind, "");
  }
}
