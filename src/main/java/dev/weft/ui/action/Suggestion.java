package dev.weft.ui.action;

import dev.weft.action.ActionRequest;

/// A failover Weft suggests but never makes on its own: choosing it opens the same preview as
/// the gesture would. Immutable.
///
/// @param text the button's words, e.g. `Drain bj-1…`
/// @param why what prompted it, e.g. `bj-1 stale for 42 s`
public record Suggestion(String text, String why, ActionRequest request) {}
