package dev.weft.ui.map;

/// One image tag running in a placement: how many pods run it and whether it is a canary (a
/// version other than the app's baseline, the tag most pods of the app run across all zones).
public record VersionTag(String tag, int pods, boolean canary) {}
