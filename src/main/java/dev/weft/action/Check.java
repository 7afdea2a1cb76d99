package dev.weft.action;

/// One verdict of the checks a plan went through, shown in the preview and journalled.
/// Immutable.
///
/// @param kind what was checked
/// @param severity how it weighs on the action
/// @param message a sentence for a person, e.g. `sh-1 has 2 ready app2 pods; its new share
///     needs about 4`
/// @param confirmWord for [Severity#NEEDS_CONFIRMATION]: the exact text the user must type to
///     go ahead (the fabric's name for the last zone, the target zone's name for an unhealthy
///     target); `null` otherwise
public record Check(Kind kind, Severity severity, String message, String confirmWord) {

  public enum Kind {
    /// The target zone is LIVE and HEALTHY for the apps involved.
    TARGET_HEALTH,
    /// The target's ready replicas cover the share it takes.
    CAPACITY,
    /// Weight 0 does not end established sticky sessions.
    STICKY_SESSIONS,
    /// The drain would leave no zone taking traffic.
    LAST_ZONE,
    /// The request cannot be carried out as asked (unknown zone, no remoteAddress, …).
    FEASIBILITY,
    /// Failback: the object changed since the failover (kubectl, GitOps).
    CHANGED_SINCE,
    /// Nothing to do: the change is already in force.
    NOTHING_TO_DO
  }

  public enum Severity {
    /// Worth knowing; never stops the action.
    NOTE,
    /// Shown prominently; never stops the action.
    WARNING,
    /// Stops the action unless the user types [Check#confirmWord]; the journal records it.
    NEEDS_CONFIRMATION,
    /// Stops the action; no override.
    REFUSED
  }

  public static Check note(Kind kind, String message) {
    return new Check(kind, Severity.NOTE, message, null);
  }

  public static Check warning(Kind kind, String message) {
    return new Check(kind, Severity.WARNING, message, null);
  }

  public static Check confirm(Kind kind, String message, String word) {
    return new Check(kind, Severity.NEEDS_CONFIRMATION, message, word);
  }

  public static Check refused(Kind kind, String message) {
    return new Check(kind, Severity.REFUSED, message, null);
  }
}
