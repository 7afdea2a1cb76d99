package dev.weft.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Map;
import java.util.Set;

/// Which subresources a request may name, as kube-apiserver routes them: `status`, `scale` and a
/// pod's `log` are served; the ones that need a kubelet (`exec`, `attach`, `portforward`,
/// `proxy`) fail as they do when the node cannot be reached; the rest kube-apiserver has
/// (`eviction`, `binding`...) are refused as not served here; any other is 404. Without this,
/// `GET pods/p/bogus` answered the pod and `PATCH pods/p/bogus` changed it. Stateless.
final class Subresources {
  private static final Set<String> NEED_A_KUBELET = Set.of("exec", "attach", "portforward");
  private static final Map<ResourceType, Set<String>> NOT_SERVED =
      Map.of(
          ResourceType.PODS,
          Set.of("eviction", "binding", "ephemeralcontainers", "resize"),
          ResourceType.NAMESPACES,
          Set.of("finalize"));

  private Subresources() {}

  /// The answer to a request for a subresource the demo does not serve; null when it does, or
  /// when the request names none.
  static MockResponse refusal(ApiPath api, String method) {
    String sub = api.subresource();
    if (sub == null) {
      return null;
    }
    ResourceType type = api.type();
    boolean served =
        (sub.equals("status") && type.hasStatus())
            || (sub.equals("scale") && type.hasScale())
            || (sub.equals("log") && type == ResourceType.PODS);
    if (served) {
      return method.equals("GET") || method.equals("PUT") || method.equals("PATCH")
          ? null
          : Responses.error(
              405,
              "MethodNotAllowed",
              "the server does not allow this method on the requested resource");
    }
    String what = type.plural() + "/" + sub;
    if (type == ResourceType.PODS && NEED_A_KUBELET.contains(sub)
        || sub.equals("proxy") && (type == ResourceType.PODS || type == ResourceType.SERVICES)) {
      return Responses.error(
          500,
          "InternalError",
          "error dialing backend: the demo's nodes run no kubelet (its pods are simulated, with"
              + " no container behind them), so "
              + what
              + " cannot reach one");
    }
    if (NOT_SERVED.getOrDefault(type, Set.of()).contains(sub)) {
      return Responses.error(405, "MethodNotAllowed", "the demo API server does not serve " + what);
    }
    return Responses.error(404, "NotFound", "the server could not find the requested resource");
  }
}
