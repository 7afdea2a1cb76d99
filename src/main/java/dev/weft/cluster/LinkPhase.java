package dev.weft.cluster;

/// Where one connection to an API server stands, as the connection itself sees it. The state
/// layer turns [#LOST] into STALE (last-known state kept) or UNREACHABLE (nothing known yet).
public enum LinkPhase {
  CONNECTING,
  SYNCING,
  LIVE,
  /// Live, but the server answers probes slowly (at least [LinkTiming#slowAfter]): slow is not
  /// lost. The reason gives the latency.
  SLOW,
  /// Live watches, but the server fails new requests (500, 429): the reason names the status.
  DEGRADED,
  /// The server cannot be reached (refused, DNS, TLS, timeout, silent watch); retrying.
  LOST,
  UNAUTHORIZED,
  FORBIDDEN,
  MISCONFIGURED
}
