package dev.weft.ui.notify;

/// A desktop notification to show: a placement went down or recovered.
public record Notice(Kind kind, String placementId, String title, String text) {
  public enum Kind {
    DOWN,
    RECOVERED
  }
}
