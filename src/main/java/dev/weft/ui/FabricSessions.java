package dev.weft.ui;

import dev.weft.fabric.Fabric;

/// Opens sessions: the composition root's seam between the window and the live model.
///
/// Threading: called off the FX thread (connecting may block briefly); must not block on the
/// clusters themselves, whose state arrives later through the feed.
public interface FabricSessions {
  /// Connects to every zone of a validated fabric.
  FabricSession connect(Fabric fabric);

  /// Starts the embedded demo fabric.
  FabricSession demo();

  /// Hands out `session` whatever the window opens, the demo included.
  static FabricSessions always(FabricSession session) {
    return new FabricSessions() {
      @Override
      public FabricSession connect(Fabric fabric) {
        return session;
      }

      @Override
      public FabricSession demo() {
        return session;
      }
    };
  }
}
