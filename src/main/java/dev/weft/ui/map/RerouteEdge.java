package dev.weft.ui.map;

/// A dependency call sent across zones: `from` (app@zone) now calls `to` (dependency@otherZone).
public record RerouteEdge(String from, String to) {}
