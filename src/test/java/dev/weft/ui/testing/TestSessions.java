package dev.weft.ui.testing;

import dev.weft.fabric.Fabric;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;

/// Sessions for a window under test: one session over a fixed feed, served for every fabric the
/// window opens and for the demo.
public final class TestSessions {
  private TestSessions() {}

  /// A session that shows `feed` and offers nothing else (no actions, logs or demo controls).
  public static FabricSession over(FabricFeed feed) {
    return new FabricSession() {
      @Override
      public FabricFeed feed() {
        return feed;
      }

      @Override
      public void close() {}
    };
  }

  /// Sessions that hand out `session` whatever the window opens.
  public static FabricSessions always(FabricSession session) {
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
