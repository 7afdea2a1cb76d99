package dev.weft.cli;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Closes what a command opened without letting a slow shutdown (hundreds of zones' clients)
/// keep the command from returning: the answer is printed, so the exit code goes back at once
/// and `Main` ends the process, which ends whatever is still closing.
final class Closing {
  private static final Logger LOG = LoggerFactory.getLogger(Closing.class);

  private Closing() {}

  /// Closes `resource` on its own daemon thread and waits at most `wait` for it.
  static void within(AutoCloseable resource, Duration wait) {
    Thread closer =
        Thread.ofPlatform()
            .name("weft-close")
            .daemon()
            .start(
                () -> {
                  try {
                    resource.close();
                  } catch (Exception e) {
                    LOG.debug("closing after the command failed", e);
                  }
                });
    try {
      if (!closer.join(wait)) {
        LOG.debug("still closing after {}; exiting anyway", wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
