package dev.weft.cluster;

/// Where one connection to an API server stands, as the connection itself sees it. The state
/// layer turns [#LOST] into STALE (last-known state kept) or UNREACHABLE (nothing known yet).
public enum LinkPhase {
  CONNECTING,
  SYNCING,
  LIVE,
  /// The server cannot be reached (refused, DNS, TLS, timeout, silent watch); retrying.
  LOST,
  UNAUTHORIZED,
  FORBIDDEN,
  MISCONFIGURED
}
