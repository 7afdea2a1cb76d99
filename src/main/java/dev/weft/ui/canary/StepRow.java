package dev.weft.ui.canary;

/// One zone of `canary.order` as the panel lists it. Immutable.
///
/// @param status `canary`, `promoted`, `promoting`, `to go`, `rolled back`, `untouched`
/// @param detail what the release recorded for the zone, or empty
public record StepRow(String zone, String status, String detail) {}
