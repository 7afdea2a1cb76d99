package dev.weft.cluster;

import java.time.Duration;
import java.time.Instant;

/// How a [ClusterLink] watches its server's health and retries. Immutable.
///
/// A dead watch or half-open connection is noticed within `idleBeforeProbe + probeTimeout +
/// tick` (3.5 s by default, under the 5 s the model promises). The first probe of a connect
/// may take up to `requestTimeout`: a loaded server that answers slowly is slow, not lost (a
/// refused or unroutable one still fails at once, or after `probeTimeout` to connect).
///
/// @param tick how often the link checks whether it heard from the server
/// @param idleBeforeProbe how long without any event before the link probes `GET /version`
/// @param probeTimeout how long a probe (or a connect) may take before the server counts lost
/// @param backoffBase the first retry delay; it doubles per failed attempt, with ±20 % jitter
/// @param backoffCap the longest retry delay
/// @param requestTimeout the limit for list requests
public record LinkTiming(
    Duration tick,
    Duration idleBeforeProbe,
    Duration probeTimeout,
    Duration backoffBase,
    Duration backoffCap,
    Duration requestTimeout) {

  public static LinkTiming defaults() {
    return new LinkTiming(
        Duration.ofMillis(500),
        Duration.ofMillis(1000),
        Duration.ofMillis(2000),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30));
  }

  /// How long an exec credential plugin may run before its context counts as misconfigured.
  public Duration credentialTimeout() {
    Duration third = requestTimeout.dividedBy(3);
    return third.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : third;
  }

  /// A probe answered more slowly than this makes the server SLOW (alive, but slow).
  public Duration slowAfter() {
    return probeTimeout;
  }

  /// How a one-shot read ([ListOnce], [LeanListOnce]) of `source` ends: LIVE, or SLOW with its
  /// latency when the API answered more slowly than [#slowAfter]. Here rather than in
  /// [ListOnce], whose logger would start logging (logback reading its XML) for the lean path.
  public ClusterChange.LinkChanged answered(String source, Instant at, Duration latency) {
    boolean slow = latency.compareTo(slowAfter()) >= 0;
    return new ClusterChange.LinkChanged(
        source,
        at,
        slow ? LinkPhase.SLOW : LinkPhase.LIVE,
        slow ? "API answers in " + latency.toMillis() + " ms" : "",
        latency);
  }

  /// A health probe unanswered for this long makes the server lost. Longer than [#slowAfter]:
  /// a slow server is slow, not lost.
  public Duration lostAfter() {
    Duration five = probeTimeout.multipliedBy(5);
    return five.compareTo(requestTimeout) < 0 ? five : requestTimeout;
  }

  /// How long a (re)connect's first probe waits: short on the first retries, so a zone that
  /// comes back is live within seconds, growing to [#lostAfter] for a slow server.
  public Duration connectProbeTimeout(int attempt) {
    Duration grown = probeTimeout.multipliedBy(1L << Math.min(attempt, 10));
    return grown.compareTo(lostAfter()) < 0 ? grown : lostAfter();
  }

  /// The delay before retry number `attempt` (0-based), jittered by `random` in [0, 1).
  public Duration backoff(int attempt, double random) {
    long base = backoffBase.toMillis() << Math.min(attempt, 20);
    long capped = Math.min(base, backoffCap.toMillis());
    return Duration.ofMillis(Math.round(capped * (0.8 + 0.4 * random)));
  }
}
