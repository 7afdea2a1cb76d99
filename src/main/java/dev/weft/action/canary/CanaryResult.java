package dev.weft.action.canary;

/// The answer to a command: whether it did something, what to tell the user, and the release
/// as it stands after it (or `null` when there is none). Immutable.
public record CanaryResult(boolean ok, String message, Release release) {}
