package dev.weft.action;

/// Whether a drop (drag a lane onto a lane, a placement onto a placement) may happen, and why
/// not. Immutable.
///
/// @param reason why not, for the hover text; empty when allowed
public record DropVerdict(boolean allowed, String reason) {
  public static DropVerdict allow() {
    return new DropVerdict(true, "");
  }

  public static DropVerdict refuse(String reason) {
    return new DropVerdict(false, reason);
  }
}
