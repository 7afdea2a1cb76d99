package dev.weft.ui.action;

import dev.weft.action.FailbackScope;

/// The result of an action, for a desktop notification. Immutable.
///
/// @param undo what "Undo (fail back)" undoes; `null` when there is nothing to undo
public record ActionNotice(boolean ok, String title, String text, FailbackScope undo) {}
