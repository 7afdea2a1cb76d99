package dev.weft.fabric;

import java.util.List;
import java.util.Map;

/// The keys each mapping of a fabric file may hold, in the order the reference documents them.
/// The JSON Schema in `resources/schema/fabric.schema.json` must list the same; a test checks.
final class FabricKeys {
  static final String API_VERSION = "weft.dev/v1alpha1";
  static final String KIND = "Fabric";

  static final List<String> TOP =
      List.of(
          "apiVersion",
          "kind",
          "metadata",
          "kubeconfig",
          "gateway",
          "zones",
          "regions",
          "apps",
          "canary");
  static final List<String> METADATA = List.of("name");
  static final List<String> GATEWAY = List.of("context", "namespace", "route");
  static final List<String> ZONE =
      List.of("name", "displayName", "region", "context", "namespace", "backend");
  static final List<String> APP = List.of("name", "deployment", "dependsOn", "remoteAddress");
  static final List<String> CANARY = List.of("order", "gates");
  static final List<String> GATES =
      List.of("minReadyRatio", "maxRestarts", "maxWarningEvents", "soak", "deadline");

  /// Every mapping by its path in the schema (`zones[]` is an item of `zones`).
  static final Map<String, List<String>> BY_PATH =
      Map.of(
          "", TOP,
          "metadata", METADATA,
          "gateway", GATEWAY,
          "zones[]", ZONE,
          "apps[]", APP,
          "canary", CANARY,
          "canary.gates", GATES);

  private FabricKeys() {}
}
