package dev.weft.fabric;

/// One availability zone: a Kubernetes cluster reached through one kubeconfig context.
///
/// @param displayName a human name; the zone's name where the file gives none
/// @param region the user region this zone serves, or `null`
/// @param backend the HTTPRoute backendRef name that reaches this zone
public record Zone(
    String name,
    String displayName,
    String region,
    String context,
    String namespace,
    String backend) {}
