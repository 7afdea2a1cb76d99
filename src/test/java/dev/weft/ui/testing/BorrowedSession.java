package dev.weft.ui.testing;

import dev.weft.ui.ActionService;
import dev.weft.ui.CanaryService;
import dev.weft.ui.DemoControls;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.FabricSession;
import dev.weft.ui.PodLogSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/// A test class's shared session lent to one window: everything is the session's, but the
/// window's close leaves it open for the next test.
public record BorrowedSession(FabricSession session) implements FabricSession {
  @Override
  public FabricFeed feed() {
    return session.feed();
  }

  @Override
  public DemoControls demo() {
    return session.demo();
  }

  @Override
  public PodLogSource logs() {
    return session.logs();
  }

  @Override
  public ActionService actions() {
    return session.actions();
  }

  @Override
  public CanaryService canary() {
    return session.canary();
  }

  @Override
  public Optional<Path> recording() {
    return session.recording();
  }

  @Override
  public void onRecordingStopped(Consumer<String> listener) {
    session.onRecordingStopped(listener);
  }

  @Override
  public void close() {}
}
