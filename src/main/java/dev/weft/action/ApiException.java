package dev.weft.action;

import tools.jackson.databind.node.ObjectNode;

/// A request to a cluster that did not succeed: the HTTP status and Kubernetes' Status reason
/// and message, or a transport failure (code 0). Messages name the server, never a credential.
final class ApiException extends Exception {
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

  boolean conflict() {
    return code == 409;
  }

  boolean notFound() {
    return code == 404;
  }

  /// `HTTP 403 Forbidden: services "app2" is forbidden: …`, or the transport failure.
  String describe() {
    if (code == 0) {
      return getMessage();
    }
    return "HTTP " + code + (reason.isEmpty() ? "" : " " + reason) + ": " + getMessage();
  }
}
