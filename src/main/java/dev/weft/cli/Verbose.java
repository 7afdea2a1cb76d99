package dev.weft.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/// `--verbose`: what the terminal shows beyond Weft's own warnings. By default a cluster's
/// failure is the zone's state, one line in the status, never a client library's stack trace;
/// verbose adds one log line per connection state change and the client libraries' own reports
/// with their traces, for when a person wants to see why. Not thread-safe: call it while the
/// command line is parsed, before any connection starts.
final class Verbose {
  private Verbose() {}

  static void on() {
    if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext c) {
      level(c.getLogger("io.fabric8"), Level.WARN);
      level(c.getLogger("io.vertx"), Level.WARN);
      level(c.getLogger("dev.weft"), Level.INFO);
    }
  }

  private static void level(Logger logger, Level level) {
    logger.setLevel(level);
  }
}
