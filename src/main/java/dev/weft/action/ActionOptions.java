package dev.weft.action;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/// How actions talk to clusters and where they journal. Immutable.
///
/// @param journal the journal file (see [Journal#defaultFile])
/// @param requestTimeout the limit for one request; a write that passes it is read back before
///     anything else is decided
/// @param verifyTimeout how long verification waits for the gateway to accept a route's new
///     generation
/// @param clock for operation ids and timestamps
public record ActionOptions(
    Path journal, Duration requestTimeout, Duration verifyTimeout, Clock clock) {

  public static ActionOptions defaults() {
    return new ActionOptions(
        Journal.defaultFile(), Duration.ofSeconds(10), Duration.ofSeconds(10), Clock.systemUTC());
  }

  public ActionOptions withJournal(Path journal) {
    return new ActionOptions(journal, requestTimeout, verifyTimeout, clock);
  }

  public ActionOptions withRequestTimeout(Duration requestTimeout) {
    return new ActionOptions(journal, requestTimeout, verifyTimeout, clock);
  }

  public ActionOptions withVerifyTimeout(Duration verifyTimeout) {
    return new ActionOptions(journal, requestTimeout, verifyTimeout, clock);
  }
}
