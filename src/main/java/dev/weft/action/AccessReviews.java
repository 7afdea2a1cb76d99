package dev.weft.action;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/// Asks each cluster, by SelfSubjectAccessReview, whether its kubeconfig user may make each
/// write, all at once. Stateless; blocks.
final class AccessReviews {
  /// One question: may the user `verb` `kind` `namespace/name` in `cluster`?
  record Ask(String cluster, String verb, String kind, String namespace, String name) {}

  private AccessReviews() {}

  static List<Permission> ask(Clusters clusters, List<Ask> asks) {
    return Parallel.map(asks, a -> ask(clusters, a));
  }

  private static Permission ask(Clusters clusters, Ask a) {
    String resource = Paths.resource(a.kind());
    KubeApi api;
    try {
      api = clusters.api(a.cluster());
    } catch (ApiException e) {
      return permission(a, "?", resource, Permission.Verdict.UNKNOWN, e.describe());
    }
    ObjectNode review =
        Jsons.object()
            .put("apiVersion", "authorization.k8s.io/v1")
            .put("kind", "SelfSubjectAccessReview");
    ObjectNode attributes =
        review
            .putObject("spec")
            .putObject("resourceAttributes")
            .put("namespace", a.namespace())
            .put("verb", a.verb())
            .put("group", Paths.group(a.kind()))
            .put(
                "resource",
                resource.contains(".") ? resource.substring(0, resource.indexOf('.')) : resource);
    if (a.name() != null) {
      attributes.put("name", a.name());
    }
    try {
      ObjectNode answer = api.post(Paths.ACCESS_REVIEWS, review, false);
      boolean allowed = answer.path("status").path("allowed").asBoolean(false);
      String reason = Jsons.string(answer, "status", "reason");
      if (reason.isEmpty()) {
        reason = Jsons.string(answer, "status", "evaluationError");
      }
      return permission(
          a,
          api.user(),
          resource,
          allowed ? Permission.Verdict.ALLOWED : Permission.Verdict.DENIED,
          allowed ? "" : reason);
    } catch (ApiException e) {
      // No access review API (or no answer): the dry run still judges the write first.
      return permission(
          a,
          api.user(),
          resource,
          Permission.Verdict.UNKNOWN,
          "access review not answered: " + e.describe());
    }
  }

  private static Permission permission(
      Ask a, String user, String resource, Permission.Verdict verdict, String reason) {
    return new Permission(
        a.cluster(), user, a.verb(), resource, a.namespace(), a.name(), verdict, reason);
  }
}
