package dev.weft.demo.api;

/// The options of one write as kube-apiserver reads them from the query: only `dryRun`, whose
/// one allowed value is `All`. Immutable.
record WriteOptions(boolean dryRun) {
  /// Reads the options of a write; an unknown `dryRun` value is the 422 the API server gives
  /// (`CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: …`).
  static WriteOptions of(ApiPath api, String method) {
    String dryRun = api.param("dryRun");
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
