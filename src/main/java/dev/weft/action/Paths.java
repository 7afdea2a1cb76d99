package dev.weft.action;

/// API paths of the objects Weft reads and writes. Pure.
final class Paths {
  static final String ROUTE_GROUP = "gateway.networking.k8s.io";

  private Paths() {}

  static String of(ObjectRef ref) {
    return switch (ref.kind()) {
      case "HTTPRoute" -> route(ref.namespace(), ref.name());
      case "Service" -> service(ref.namespace(), ref.name());
      case "ConfigMap" -> configMaps(ref.namespace()) + "/" + ref.name();
      default -> throw new IllegalArgumentException("Weft does not write " + ref.kind());
    };
  }

  /// The plural resource with its group, as SelfSubjectAccessReview and people name it.
  static String resource(String kind) {
    return switch (kind) {
      case "HTTPRoute" -> "httproutes." + ROUTE_GROUP;
      case "Service" -> "services";
      case "ConfigMap" -> "configmaps";
      case "Event" -> "events";
      default -> kind.toLowerCase() + "s";
    };
  }

  /// The API group of a kind Weft writes: `apps` for a Deployment, the Gateway API's for a route.
  static String group(String kind) {
    return switch (kind) {
      case "HTTPRoute" -> ROUTE_GROUP;
      case "Deployment" -> "apps";
      default -> "";
    };
  }

  static String route(String namespace, String name) {
    return "/apis/" + ROUTE_GROUP + "/v1/namespaces/" + namespace + "/httproutes/" + name;
  }

  static String service(String namespace, String name) {
    return "/api/v1/namespaces/" + namespace + "/services/" + name;
  }

  static String services(String namespace) {
    return "/api/v1/namespaces/" + namespace + "/services";
  }

  static String deployments(String namespace) {
    return "/apis/apps/v1/namespaces/" + namespace + "/deployments";
  }

  static String configMaps(String namespace) {
    return "/api/v1/namespaces/" + namespace + "/configmaps";
  }

  static String events(String namespace) {
    return "/api/v1/namespaces/" + namespace + "/events";
  }

  static final String ACCESS_REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
  static final String SELF_REVIEWS = "/apis/authentication.k8s.io/v1/selfsubjectreviews";
}
