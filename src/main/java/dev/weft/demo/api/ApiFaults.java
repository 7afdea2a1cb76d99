package dev.weft.demo.api;

import java.time.Duration;

/// Faults a zone's API server injects into its answers: added latency and error responses.
///
/// Thread-safe: scenario threads write, the server's event loop reads; each field is volatile and
/// read once per request.
public final class ApiFaults {
  /// The error answers a zone can give.
  public enum ErrorKind {
    /// 500 Internal Server Error on every resource request.
    SERVER_ERROR,
    /// 429 Too Many Requests with `Retry-After: 1` on every resource request.
    TOO_MANY_REQUESTS,
    /// 403 Forbidden on one resource (pods unless told otherwise).
    FORBIDDEN
  }

  private volatile Duration latency = Duration.ZERO;
  private volatile ErrorKind error;
  private volatile String forbiddenResource = "pods";

  public Duration latency() {
    return latency;
  }

  public void latency(Duration latency) {
    this.latency = latency;
  }

  public ErrorKind error() {
    return error;
  }

  public String forbiddenResource() {
    return forbiddenResource;
  }

  /// Starts answering with `kind`; `resource` names the forbidden resource for FORBIDDEN.
  public void error(ErrorKind kind, String resource) {
    this.forbiddenResource = resource == null ? "pods" : resource;
    this.error = kind;
  }

  public void clear() {
    latency = Duration.ZERO;
    error = null;
  }
}
