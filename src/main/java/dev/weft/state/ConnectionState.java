package dev.weft.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// The connection to one cluster at one moment.
///
/// @param reason why the phase is what it is, in words for a person (e.g. "connection refused
///     127.0.0.1:41234", "forbidden: list pods in namespace health"); empty when all is well
/// @param since when the phase was entered
/// @param lastEventAt when the last watch event arrived, if any did
/// @param apiLatency the latest measured round-trip to the API server, if measured
/// @param unreadable objects the server sent that Weft could not read, each with its field
///     ("Deployment app1 (spec.replicas)"); everything else is shown as the phase says
public record ConnectionState(
    ConnectionPhase phase,
    String reason,
    Instant since,
    Optional<Instant> lastEventAt,
    Optional<Duration> apiLatency,
    List<String> unreadable) {

  public ConnectionState {
    unreadable = List.copyOf(unreadable);
  }

  public ConnectionState(
      ConnectionPhase phase,
      String reason,
      Instant since,
      Optional<Instant> lastEventAt,
      Optional<Duration> apiLatency) {
    this(phase, reason, since, lastEventAt, apiLatency, List.of());
  }

  public static ConnectionState connecting(Instant now) {
    return new ConnectionState(
        ConnectionPhase.CONNECTING, "", now, Optional.empty(), Optional.empty());
  }
}
