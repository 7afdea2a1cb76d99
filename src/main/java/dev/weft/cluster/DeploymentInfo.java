package dev.weft.cluster;

import java.util.List;

/// The few fields of a Deployment that Weft keeps.
///
/// @param desired `spec.replicas` (1 when unset, as Kubernetes defaults it)
public record DeploymentInfo(
    String name, int desired, int ready, int available, int updated, List<Condition> conditions) {
  public DeploymentInfo {
    conditions = List.copyOf(conditions);
  }

  /// A Deployment condition; `lastTransition` is RFC 3339 text or `null`.
  public record Condition(
      String type, String status, String reason, String message, String lastTransition) {}
}
