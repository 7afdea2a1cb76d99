package dev.weft.cluster;

/// The fields of a Service that say whether calls to it are rerouted to another zone.
///
/// @param externalName `spec.externalName` for ExternalName services, else `null`
/// @param reroutedTo the `weft.dev/rerouted-to` annotation, else `null`
public record ServiceInfo(String name, String externalName, String reroutedTo) {}
