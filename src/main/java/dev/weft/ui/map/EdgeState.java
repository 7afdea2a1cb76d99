package dev.weft.ui.map;

/// How a dependency edge is drawn; each state has its own line style, not only its own colour.
public enum EdgeState {
  /// Calls flow normally.
  NORMAL,
  /// The target is down and the calls are not rerouted: dashed, warning colour.
  BROKEN,
  /// The caller's calls go to another zone instead: faded.
  BYPASSED,
  /// The zone is stale or unreachable: greyed with its lane.
  STALE
}
