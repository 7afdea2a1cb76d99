package dev.weft.ui.map;

/// A dependency call sent across zones: `from` (app@zone) now calls `to` (dependency@otherZone).
///
/// @param broken the dependency is down where the calls now go: the caller is at risk
public record RerouteEdge(String from, String to, boolean broken) {}
