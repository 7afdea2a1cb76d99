package dev.weft.demo.auth;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The RBAC objects every demo cluster starts with: Kubernetes' own `cluster-admin`, `view`,
/// `system:discovery` and `system:basic-user`, bound as a new cluster binds them, plus the demo
/// people's bindings and the on-call engineer's Role in the cluster's working namespace.
/// Stateless.
public final class RbacSeed {
  private static final String GROUP = "rbac.authorization.k8s.io";

  /// What the on-call engineer may change in a cluster's working namespace.
  public enum Kind {
    /// A zone: Services and Deployments in the app namespace.
    ZONE,
    /// The gateway: HTTPRoutes in the gateway namespace.
    GATEWAY
  }

  private RbacSeed() {}

  /// The seed objects, each with its type.
  public record Seeded(ResourceType type, ObjectNode object) {}

  public static List<Seeded> objects(Kind kind, String namespace) {
    List<Seeded> seed = new ArrayList<>();
    ObjectNode admin = role(ResourceType.CLUSTER_ROLES, "cluster-admin", null, true);
    rule(admin, List.of("*"), List.of("*"), List.of("*"));
    nonResource(admin, List.of("*"), List.of("*"));
    seed.add(new Seeded(ResourceType.CLUSTER_ROLES, admin));
    ObjectNode view = role(ResourceType.CLUSTER_ROLES, "view", null, true);
    rule(view, List.of("*"), List.of("*"), List.of("get", "list", "watch"));
    seed.add(new Seeded(ResourceType.CLUSTER_ROLES, view));
    ObjectNode discovery = role(ResourceType.CLUSTER_ROLES, "system:discovery", null, true);
    nonResource(
        discovery,
        List.of(
            "/api",
            "/api/*",
            "/apis",
            "/apis/*",
            "/healthz",
            "/livez",
            "/openapi",
            "/openapi/*",
            "/readyz",
            "/version",
            "/version/"),
        List.of("get"));
    seed.add(new Seeded(ResourceType.CLUSTER_ROLES, discovery));
    ObjectNode basic = role(ResourceType.CLUSTER_ROLES, "system:basic-user", null, true);
    rule(
        basic,
        List.of("authorization.k8s.io"),
        List.of("selfsubjectaccessreviews", "selfsubjectrulesreviews"),
        List.of("create"));
    rule(basic, List.of("authentication.k8s.io"), List.of("selfsubjectreviews"), List.of("create"));
    seed.add(new Seeded(ResourceType.CLUSTER_ROLES, basic));
    ObjectNode gitops = role(ResourceType.CLUSTER_ROLES, "weft-demo:gitops", null, false);
    rule(
        gitops,
        List.of("apps"),
        List.of("deployments"),
        List.of("get", "list", "watch", "update", "patch"));
    rule(
        gitops,
        List.of("gateway.networking.k8s.io"),
        List.of("httproutes"),
        List.of("get", "list", "watch", "update", "patch"));
    seed.add(new Seeded(ResourceType.CLUSTER_ROLES, gitops));
    ObjectNode oncall = role(ResourceType.ROLES, "weft-demo:oncall", namespace, false);
    if (kind == Kind.ZONE) {
      rule(oncall, List.of(""), List.of("services"), List.of("update", "patch"));
      rule(
          oncall,
          List.of("apps"),
          List.of("deployments", "deployments/scale"),
          List.of("create", "update", "patch", "delete"));
    } else {
      rule(
          oncall,
          List.of("gateway.networking.k8s.io"),
          List.of("httproutes"),
          List.of("update", "patch"));
    }
    seed.add(new Seeded(ResourceType.ROLES, oncall));
    seed.add(
        clusterBinding(
            "system:discovery", "system:discovery", "Group", Identity.AUTHENTICATED, true));
    seed.add(
        clusterBinding(
            "system:basic-user", "system:basic-user", "Group", Identity.AUTHENTICATED, true));
    seed.add(clusterBinding("weft-demo:admin", "cluster-admin", "User", DemoUsers.ADMIN, false));
    seed.add(clusterBinding("weft-demo:oncall", "view", "User", DemoUsers.ONCALL, false));
    seed.add(clusterBinding("weft-demo:viewer", "view", "User", DemoUsers.VIEWER, false));
    ObjectNode gitopsBinding =
        binding(ResourceType.CLUSTER_ROLE_BINDINGS, "weft-demo:gitops", null, false);
    subject(gitopsBinding, "ServiceAccount", "controller").put("namespace", "gitops");
    roleRef(gitopsBinding, "ClusterRole", "weft-demo:gitops");
    seed.add(new Seeded(ResourceType.CLUSTER_ROLE_BINDINGS, gitopsBinding));
    ObjectNode oncallBinding =
        binding(ResourceType.ROLE_BINDINGS, "weft-demo:oncall", namespace, false);
    subject(oncallBinding, "User", DemoUsers.ONCALL);
    roleRef(oncallBinding, "Role", "weft-demo:oncall");
    seed.add(new Seeded(ResourceType.ROLE_BINDINGS, oncallBinding));
    return seed;
  }

  /// Creates the seed in an empty store.
  public static void seed(ObjectStore store, Kind kind, String namespace) {
    objects(kind, namespace).forEach(s -> store.create(s.type(), s.object()));
  }

  /// Brings the store's RBAC objects back to the seed: removes every other one, recreates
  /// deleted ones and rewrites changed ones.
  public static void restore(ObjectStore store, Kind kind, String namespace) {
    List<Seeded> seed = objects(kind, namespace);
    for (ResourceType type : ResourceType.RBAC) {
      for (ObjectNode existing : store.list(type, null, o -> true)) {
        if (seed.stream().noneMatch(s -> s.type() == type && sameName(s.object(), existing))) {
          store.delete(type, blankToNull(Json.namespace(existing)), Json.name(existing));
        }
      }
    }
    for (Seeded s : seed) {
      ObjectNode existing =
          store.get(s.type(), blankToNull(Json.namespace(s.object())), Json.name(s.object()));
      if (existing == null) {
        store.create(s.type(), s.object());
      } else if (!content(existing).equals(content(s.object()))) {
        store.update(s.type(), withContent(existing, s.object()), false);
      }
    }
  }

  private static ObjectNode withContent(ObjectNode existing, ObjectNode seed) {
    ObjectNode next = existing.deepCopy();
    for (String field : List.of("rules", "subjects", "roleRef")) {
      next.remove(field);
      if (seed.has(field)) {
        next.set(field, seed.get(field));
      }
    }
    return next;
  }

  private static List<Object> content(ObjectNode o) {
    return java.util.Arrays.asList(o.get("rules"), o.get("subjects"), o.get("roleRef"));
  }

  private static boolean sameName(ObjectNode a, ObjectNode b) {
    return Json.name(a).equals(Json.name(b))
        && Objects.equals(Json.namespace(a), Json.namespace(b));
  }

  static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static ObjectNode role(
      ResourceType type, String name, String namespace, boolean bootstrap) {
    ObjectNode role = binding(type, name, namespace, bootstrap);
    role.putArray("rules");
    return role;
  }

  private static ObjectNode binding(
      ResourceType type, String name, String namespace, boolean bootstrap) {
    ObjectNode o = Json.object().put("apiVersion", type.apiVersion()).put("kind", type.kind());
    ObjectNode meta = o.putObject("metadata").put("name", name);
    if (namespace != null) {
      meta.put("namespace", namespace);
    }
    if (bootstrap) {
      meta.putObject("labels").put("kubernetes.io/bootstrapping", "rbac-defaults");
      meta.putObject("annotations").put("rbac.authorization.kubernetes.io/autoupdate", "true");
    } else {
      meta.putObject("labels").put("app.kubernetes.io/managed-by", "weft-demo");
    }
    return o;
  }

  private static Seeded clusterBinding(
      String name, String role, String kind, String subject, boolean bootstrap) {
    ObjectNode b = binding(ResourceType.CLUSTER_ROLE_BINDINGS, name, null, bootstrap);
    subject(b, kind, subject);
    roleRef(b, "ClusterRole", role);
    return new Seeded(ResourceType.CLUSTER_ROLE_BINDINGS, b);
  }

  private static ObjectNode subject(ObjectNode binding, String kind, String name) {
    ArrayNode subjects =
        binding.has("subjects")
            ? (ArrayNode) binding.get("subjects")
            : binding.putArray("subjects");
    ObjectNode s = subjects.addObject().put("kind", kind).put("name", name);
    if (!kind.equals("ServiceAccount")) {
      s.put("apiGroup", GROUP);
    }
    return s;
  }

  private static void roleRef(ObjectNode binding, String kind, String name) {
    binding.putObject("roleRef").put("apiGroup", GROUP).put("kind", kind).put("name", name);
  }

  private static void rule(
      ObjectNode role, List<String> groups, List<String> resources, List<String> verbs) {
    ObjectNode rule = ((ArrayNode) role.get("rules")).addObject();
    groups.forEach(rule.putArray("apiGroups")::add);
    resources.forEach(rule.putArray("resources")::add);
    verbs.forEach(rule.putArray("verbs")::add);
  }

  private static void nonResource(ObjectNode role, List<String> urls, List<String> verbs) {
    ObjectNode rule = ((ArrayNode) role.get("rules")).addObject();
    urls.forEach(rule.putArray("nonResourceURLs")::add);
    verbs.forEach(rule.putArray("verbs")::add);
  }
}
