package dev.weft.fabric;

import java.util.List;

/// A fabric file as read, before validation: every value keeps where it was written, and a value
/// that was missing or malformed is `null` (its problem is already reported).
record Draft(
    Text name,
    Text kubeconfig,
    Gateway gateway,
    List<ZoneDraft> zones,
    List<RegionDraft> regions,
    List<AppDraft> apps,
    CanaryDraft canary) {

  record ZoneDraft(
      Text name, Text displayName, Text region, Text context, Text namespace, Text backend) {}

  record RegionDraft(Text name, List<Text> zones) {}

  record AppDraft(Text name, Text deployment, List<Text> dependsOn, Text remoteAddress) {}

  /// @param order `null` for the default, the zones in file order
  /// @param pos where `canary` or, when given, `canary.order` is written
  record CanaryDraft(Pos pos, List<Text> order, HealthGates gates) {}

  static String value(Text text) {
    return text == null ? null : text.value();
  }
}
