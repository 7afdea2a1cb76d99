package dev.weft.action;

import java.util.Set;

/// What the user confirmed: the words typed for checks that need them (see
/// [Check#confirmWord]). Immutable; the journal records it.
public record Confirmation(Set<String> typed) {
  public Confirmation {
    typed = Set.copyOf(typed);
  }

  /// Confirmed with Enter (or `--yes`), nothing typed.
  public static Confirmation plain() {
    return new Confirmation(Set.of());
  }

  public static Confirmation typed(String... words) {
    return new Confirmation(Set.of(words));
  }

  boolean covers(Check check) {
    return check.severity() != Check.Severity.NEEDS_CONFIRMATION
        || typed.contains(check.confirmWord());
  }
}
