package dev.weft.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/// Why a connection failed, classified for a person: the phase and a short reason that names
/// the server, never a credential. Pure.
public record Failure(LinkPhase phase, String reason) {
  private static final Pattern CANNOT =
      Pattern.compile(
          "cannot (\\w+) resource \"([\\w.-]+)\"(?: in API group \"[^\"]*\")?"
              + "(?: in the namespace \"([\\w.-]+)\")?");

  /// Classifies `error` (any cause in its chain) met while talking to `server` (host:port).
  public static Failure classify(Throwable error, String server) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      Failure failure = classifyOne(t, server);
      if (failure != null) {
        return failure;
      }
    }
    if (error instanceof KubernetesClientException k && k.getCode() > 0) {
      return new Failure(LinkPhase.LOST, "HTTP " + k.getCode() + " from " + server);
    }
    return new Failure(
        LinkPhase.LOST, "cannot reach " + server + " (" + error.getClass().getSimpleName() + ")");
  }

  private static Failure classifyOne(Throwable t, String server) {
    if (t instanceof ClusterLink.ProbeStatusError p) {
      return p.failure;
    }
    if (t instanceof KubernetesClientException k) {
      if (k.getCode() == 401) {
        return new Failure(LinkPhase.UNAUTHORIZED, "unauthorized (401) by " + server);
      }
      if (k.getCode() == 403) {
        return new Failure(LinkPhase.FORBIDDEN, forbidden(k));
      }
      if (k.getCode() == 410) {
        // Not a connection problem: the watch's resourceVersion expired; list again at once.
        return new Failure(LinkPhase.SYNCING, "watch expired (410 Gone); listing again");
      }
      if (k.getCode() >= 500) {
        return new Failure(LinkPhase.LOST, "server error " + k.getCode() + " at " + server);
      }
      return null;
    }
    String reason =
        switch (t) {
          case ConnectException c -> "connection refused " + server;
          case NoRouteToHostException c -> "no route to " + server;
          case UnknownHostException u -> "DNS: unknown host " + server;
          case SSLException s -> "TLS handshake with " + server + " failed";
          case TimeoutException x -> "timeout: no answer from " + server;
          case SocketTimeoutException x -> "timeout: no answer from " + server;
          case ClosedChannelException x -> "connection closed by " + server;
          default -> null;
        };
    return reason == null ? null : new Failure(LinkPhase.LOST, reason);
  }

  /// From an HTTP status code of a probe.
  public static Failure ofStatus(int code, String server) {
    return switch (code) {
      case 401 -> new Failure(LinkPhase.UNAUTHORIZED, "unauthorized (401) by " + server);
      case 403 -> new Failure(LinkPhase.FORBIDDEN, "forbidden: get /version at " + server);
      default -> new Failure(LinkPhase.LOST, "HTTP " + code + " from " + server);
    };
  }

  private static String forbidden(KubernetesClientException k) {
    String message = k.getStatus() != null ? k.getStatus().getMessage() : k.getMessage();
    if (message != null) {
      Matcher m = CANNOT.matcher(message);
      if (m.find()) {
        String where = m.group(3) == null ? "" : " in namespace " + m.group(3);
        return "forbidden: " + m.group(1) + " " + m.group(2) + where;
      }
    }
    String resource = k.getResourcePlural() != null ? k.getResourcePlural() : "resource";
    String where = k.getNamespace() == null ? "" : " in namespace " + k.getNamespace();
    return "forbidden: list/watch " + resource + where;
  }
}
