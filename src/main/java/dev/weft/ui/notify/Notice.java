package dev.weft.ui.notify;

/// A notification shown in the window: what is in trouble now (one notice for everything in
/// trouble, updated as things go wrong and recover), or what just recovered.
///
/// @param folded shown as its title alone, out of the map's way (see
/// [NotificationsViewModel#UNFOLDED_FOR])
public record Notice(Kind kind, String title, String text, boolean folded) {
  public Notice(Kind kind, String title, String text) {
    this(kind, title, text, false);
  }

  public enum Kind {
    /// Something is down, stale, unreachable or forbidden now; stays until it recovers.
    DOWN,
    /// Everything that was in trouble is fine again; goes after a few seconds.
    RECOVERED
  }
}
