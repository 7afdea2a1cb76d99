package dev.weft.state;

/// How Weft stands with one cluster's API server, as the status bar and `weft status` show it.
public enum ConnectionPhase {
  /// First contact under way.
  CONNECTING,
  /// Reachable; informers are listing, the model is not complete yet.
  SYNCING,
  /// Every watch is up and events flow.
  LIVE,
  /// Events flow, but the server answers slowly (its latency is in the reason); not lost.
  SLOW,
  /// Events flow, but the server fails new requests (500, 429; the status is in the reason):
  /// what is shown is live, the server is not well.
  DEGRADED,
  /// Was live, the connection is lost; the last-known state is kept and marked.
  STALE,
  /// Cannot reach the server: refused, DNS, TLS, timeout.
  UNREACHABLE,
  /// The server refused the credentials (HTTP 401).
  UNAUTHORIZED,
  /// The credentials may not do something Weft needs (HTTP 403): which verb on which resource.
  FORBIDDEN,
  /// The kubeconfig or the fabric is wrong for this zone: missing context, unreadable file.
  MISCONFIGURED
}
