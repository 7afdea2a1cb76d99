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
          "(?:User \"([^\"]*)\" )?cannot (\\w+) resource \"([\\w.-]+)\""
              + "(?: in API group \"[^\"]*\")?(?: in the namespace \"([\\w.-]+)\")?");

  /// Kubernetes' verbs; a message with another word ("access") names none.
  private static final java.util.Set<String> VERBS =
      java.util.Set.of(
          "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection");

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
    if (t instanceof HealthProbe.Refused r) {
      return switch (r.code) {
        case 401 -> new Failure(LinkPhase.UNAUTHORIZED, "unauthorized (401) by " + server);
        case 403 -> new Failure(LinkPhase.FORBIDDEN, forbidden(r.message, r.what, null, null));
        default -> new Failure(LinkPhase.LOST, r.what + " answered " + r.code + " at " + server);
      };
    }
    if (t instanceof KubernetesClientException k) {
      if (k.getCode() == 401) {
        return new Failure(LinkPhase.UNAUTHORIZED, "unauthorized (401) by " + server);
      }
      if (k.getCode() == 403) {
        String message = k.getStatus() != null ? k.getStatus().getMessage() : k.getMessage();
        return new Failure(
            LinkPhase.FORBIDDEN,
            forbidden(message, "list/watch", k.getResourcePlural(), k.getNamespace()));
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
          case SSLException s -> "TLS handshake with " + server + " failed" + tlsReason(s);
          case TimeoutException x -> "timeout: no answer from " + server;
          case SocketTimeoutException x -> "timeout: no answer from " + server;
          case ClosedChannelException x -> "connection closed by " + server;
          case CappedBody.TooLarge x ->
              x.getMessage() + " from " + server + ": Weft read no more (is it an API server?)";
          case tools.jackson.core.JacksonException j -> notKubernetes(server);
          case com.fasterxml.jackson.core.JacksonException j -> notKubernetes(server);
          default -> null;
        };
    return reason == null ? null : new Failure(LinkPhase.LOST, reason);
  }

  /// A server that answered, but not with Kubernetes JSON (an HTML login page, a proxy's error):
  /// reached, so not "cannot reach".
  private static String notKubernetes(String server) {
    return "the answer from " + server + " is not Kubernetes JSON (is it an API server?)";
  }

  /// The TLS library's own words (no secret in them), kept short.
  private static String tlsReason(SSLException s) {
    String m = s.getMessage();
    if (m == null || m.isBlank()) {
      return "";
    }
    m = m.strip().replaceAll("\\s+", " ");
    return ": " + (m.length() > 120 ? m.substring(0, 120) + "…" : m);
  }

  /// "user "alice" cannot list pods in namespace health": the verb, the resource and the user,
  /// from the server's message when it says them, else from what Weft asked (`what`).
  static String forbidden(String message, String what, String resource, String namespace) {
    if (message != null) {
      Matcher m = CANNOT.matcher(message);
      if (m.find()) {
        String user = m.group(1) == null ? "the kubeconfig's user" : "user \"" + m.group(1) + "\"";
        String verb = VERBS.contains(m.group(2)) ? m.group(2) : verbOf(what);
        String where = m.group(4) == null ? "" : " in namespace " + m.group(4);
        return user + " cannot " + verb + " " + m.group(3) + where;
      }
    }
    String asked = what == null ? "list/watch" : what;
    String thing = resource == null ? "" : " " + resource;
    String where = namespace == null ? "" : " in namespace " + namespace;
    return "the kubeconfig's user cannot " + asked + thing + where;
  }

  private static String verbOf(String what) {
    if (what == null) {
      return "list/watch";
    }
    int space = what.indexOf(' ');
    return space < 0 ? what : what.substring(0, space);
  }
}
