package dev.weft.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/// The connection to one cluster at one moment.
///
/// @param reason why the phase is what it is, in words for a person (e.g. "connection refused
///     127.0.0.1:41234", "forbidden: list pods in namespace health"); empty when all is well
/// @param since when the phase was entered
/// @param lastEventAt when the last watch event arrived, if any did
/// @param apiLatency the latest measured round-trip to the API server, if measured
public record ConnectionState(
    ConnectionPhase phase,
    String reason,
    Instant since,
    Optional<Instant> lastEventAt,
    Optional<Duration> apiLatency) {

  public static ConnectionState connecting(Instant now) {
    return new ConnectionState(
        ConnectionPhase.CONNECTING, "", now, Optional.empty(), Optional.empty());
  }
}
