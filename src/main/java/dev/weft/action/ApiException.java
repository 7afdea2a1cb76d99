package dev.weft.action;

import tools.jackson.databind.node.ObjectNode;

/// A request to a cluster that did not succeed: the HTTP status and Kubernetes' Status reason
/// and message, or a transport failure (code 0). Messages name the server, never a credential.
public final class ApiException extends Exception {
  final int code;
  final String reason;
  final boolean timedOut;
  final transient ObjectNode status;

  ApiException(int code, String reason, String message, boolean timedOut, ObjectNode status) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.timedOut = timedOut;
    this.status = status;
  }

  /// A refusal made up by Weft itself, shaped like a cluster's answer (code 0: no answer).
  public static ApiException of(int code, String reason, String message) {
    return new ApiException(code, reason, message, false, null);
  }

  /// The HTTP status, or 0 when the cluster did not answer (unreachable, timed out).
  public int code() {
    return code;
  }

  /// The cluster did not answer at all: unreachable, refused, or timed out.
  public boolean unreachable() {
    return code == 0;
  }

  public boolean conflict() {
    return code == 409;
  }

  public boolean notFound() {
    return code == 404;
  }

  /// `HTTP 403 Forbidden: services "app2" is forbidden: …`, or the transport failure.
  public String describe() {
    if (code == 0) {
      return getMessage();
    }
    return "HTTP " + code + (reason.isEmpty() ? "" : " " + reason) + ": " + getMessage();
  }
}
