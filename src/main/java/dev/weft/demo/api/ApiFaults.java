package dev.weft.demo.api;

import java.time.Duration;

/// Faults a zone's API server injects into its answers: added latency, error responses, and
/// faults of writes only (500s, conflicts on one resource, answers that come late).
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
    FORBIDDEN,
    /// 500 Internal Server Error on every write (create, update, patch, delete); reads work.
    SERVER_ERROR_ON_WRITES,
    /// 409 Conflict on every update or patch of one resource, as when another controller keeps
    /// rewriting it.
    CONFLICT
  }

  private volatile Duration latency = Duration.ZERO;
  private volatile Duration writeLag = Duration.ZERO;
  private volatile ErrorKind error;
  private volatile String forbiddenResource = "pods";

  public Duration latency() {
    return latency;
  }

  public void latency(Duration latency) {
    this.latency = latency;
  }

  /// How late the answer to a write comes; the write itself is stored at once.
  public Duration writeLag() {
    return writeLag;
  }

  public void writeLag(Duration lag) {
    this.writeLag = lag;
  }

  public ErrorKind error() {
    return error;
  }

  /// The resource (a plural) that FORBIDDEN or CONFLICT applies to.
  public String forbiddenResource() {
    return forbiddenResource;
  }

  /// Starts answering with `kind`; `resource` names the resource for FORBIDDEN (default pods)
  /// and CONFLICT.
  public void error(ErrorKind kind, String resource) {
    this.forbiddenResource = resource == null ? "pods" : resource;
    this.error = kind;
  }

  public void clear() {
    latency = Duration.ZERO;
    writeLag = Duration.ZERO;
    error = null;
  }
}
