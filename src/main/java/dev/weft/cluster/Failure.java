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
      Pattern.compile("cannot (\\w+) resource \"([\\w.-]+)\"(?: in API group \"[^\"]*\")?"
          + "(?: in the namespace \"([\\w.-]+)\")?");

  /// Classifies `error` (any cause in its chain) met while talking to `server` (host:port).
  public static Failure classify(Throwable error, String server) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      switch (t) {
        case ClusterLink.ProbeStatusError p -> {
          return p.failure;
        }
        case KubernetesClientException k when k.getCode() == 401 ->
            {
              return new Failure(LinkPhase.UNAUTHORIZED, "unauthorized (401) by " + server);
            }
        case KubernetesClientException k when k.getCode() == 403 ->
            {
              return new Failure(LinkPhase.FORBIDDEN, forbidden(k));
            }
        case KubernetesClientException k when k.getCode() >= 500 ->
            {
              return new Failure(LinkPhase.LOST, "server error " + k.getCode() + " at " + server);
            }
        case ConnectException c -> {
          return new Failure(LinkPhase.LOST, "connection refused " + server);
        }
        case NoRouteToHostException c -> {
          return new Failure(LinkPhase.LOST, "no route to " + server);
        }
        case UnknownHostException u -> {
          return new Failure(LinkPhase.LOST, "DNS: unknown host " + server);
        }
        case SSLException s -> {
          return new Failure(LinkPhase.LOST, "TLS handshake with " + server + " failed");
        }
        case TimeoutException x -> {
          return new Failure(LinkPhase.LOST, "timeout: no answer from " + server);
        }
        case SocketTimeoutException x -> {
          return new Failure(LinkPhase.LOST, "timeout: no answer from " + server);
        }
        case ClosedChannelException x -> {
          return new Failure(LinkPhase.LOST, "connection closed by " + server);
        }
        default -> {}
      }
    }
    if (error instanceof KubernetesClientException k && k.getCode() > 0) {
      return new Failure(LinkPhase.LOST, "HTTP " + k.getCode() + " from " + server);
    }
    return new Failure(
        LinkPhase.LOST, "cannot reach " + server + " (" + error.getClass().getSimpleName() + ")");
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
