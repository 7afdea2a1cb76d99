package dev.weft.demo.api;

import java.util.List;
import java.util.Optional;

/// One kind of object the demo API server serves, with what discovery says about it.
///
/// Immutable; safe to share between threads.
public record ResourceType(
    String group,
    String version,
    String plural,
    String singular,
    String kind,
    boolean namespaced,
    List<String> shortNames,
    boolean inAllCategory) {

  public static final ResourceType NAMESPACES =
      new ResourceType(
          "", "v1", "namespaces", "namespace", "Namespace", false, List.of("ns"), false);
  public static final ResourceType PODS =
      new ResourceType("", "v1", "pods", "pod", "Pod", true, List.of("po"), true);
  public static final ResourceType SERVICES =
      new ResourceType("", "v1", "services", "service", "Service", true, List.of("svc"), true);
  public static final ResourceType EVENTS =
      new ResourceType("", "v1", "events", "event", "Event", true, List.of("ev"), false);
  public static final ResourceType CONFIG_MAPS =
      new ResourceType(
          "", "v1", "configmaps", "configmap", "ConfigMap", true, List.of("cm"), false);
  public static final ResourceType DEPLOYMENTS =
      new ResourceType(
          "apps", "v1", "deployments", "deployment", "Deployment", true, List.of("deploy"), true);
  public static final ResourceType REPLICA_SETS =
      new ResourceType(
          "apps", "v1", "replicasets", "replicaset", "ReplicaSet", true, List.of("rs"), true);
  public static final ResourceType ENDPOINT_SLICES =
      new ResourceType(
          "discovery.k8s.io",
          "v1",
          "endpointslices",
          "endpointslice",
          "EndpointSlice",
          true,
          List.of(),
          false);
  public static final ResourceType HTTP_ROUTES =
      new ResourceType(
          "gateway.networking.k8s.io",
          "v1",
          "httproutes",
          "httproute",
          "HTTPRoute",
          true,
          List.of(),
          false);
  public static final ResourceType GATEWAYS =
      new ResourceType(
          "gateway.networking.k8s.io",
          "v1",
          "gateways",
          "gateway",
          "Gateway",
          true,
          List.of("gtw"),
          false);

  public static final ResourceType ROLES = rbac("roles", "role", "Role", true);
  public static final ResourceType ROLE_BINDINGS =
      rbac("rolebindings", "rolebinding", "RoleBinding", true);
  public static final ResourceType CLUSTER_ROLES =
      rbac("clusterroles", "clusterrole", "ClusterRole", false);
  public static final ResourceType CLUSTER_ROLE_BINDINGS =
      rbac("clusterrolebindings", "clusterrolebinding", "ClusterRoleBinding", false);

  /// Questions a user asks about themselves; answered, never stored, so only `create`.
  public static final ResourceType SELF_SUBJECT_ACCESS_REVIEWS =
      review("authorization.k8s.io", "selfsubjectaccessreviews", "SelfSubjectAccessReview");
  public static final ResourceType SELF_SUBJECT_RULES_REVIEWS =
      review("authorization.k8s.io", "selfsubjectrulesreviews", "SelfSubjectRulesReview");
  public static final ResourceType SELF_SUBJECT_REVIEWS =
      review("authentication.k8s.io", "selfsubjectreviews", "SelfSubjectReview");

  /// The RBAC objects an authorizer reads.
  public static final List<ResourceType> RBAC =
      List.of(ROLES, ROLE_BINDINGS, CLUSTER_ROLES, CLUSTER_ROLE_BINDINGS);

  /// Every type the demo serves, in discovery order.
  public static final List<ResourceType> ALL =
      List.of(
          NAMESPACES,
          PODS,
          SERVICES,
          EVENTS,
          CONFIG_MAPS,
          DEPLOYMENTS,
          REPLICA_SETS,
          ENDPOINT_SLICES,
          HTTP_ROUTES,
          GATEWAYS,
          ROLES,
          ROLE_BINDINGS,
          CLUSTER_ROLES,
          CLUSTER_ROLE_BINDINGS,
          SELF_SUBJECT_ACCESS_REVIEWS,
          SELF_SUBJECT_RULES_REVIEWS,
          SELF_SUBJECT_REVIEWS);

  /// Whether the type is a question answered at once (only `create`), not a stored object.
  public boolean isReview() {
    return this == SELF_SUBJECT_ACCESS_REVIEWS
        || this == SELF_SUBJECT_RULES_REVIEWS
        || this == SELF_SUBJECT_REVIEWS;
  }

  /// Whether the type has a `status` subresource (as in kube-apiserver: ConfigMaps, Events,
  /// EndpointSlices and RBAC objects have none).
  public boolean hasStatus() {
    return List.of(PODS, SERVICES, NAMESPACES, DEPLOYMENTS, REPLICA_SETS, HTTP_ROUTES, GATEWAYS)
        .contains(this);
  }

  /// Whether the type has a `scale` subresource.
  public boolean hasScale() {
    return this == DEPLOYMENTS || this == REPLICA_SETS;
  }

  private static ResourceType rbac(String plural, String singular, String kind, boolean ns) {
    return new ResourceType(
        "rbac.authorization.k8s.io", "v1", plural, singular, kind, ns, List.of(), false);
  }

  private static ResourceType review(String group, String plural, String kind) {
    return new ResourceType(
        group,
        "v1",
        plural,
        plural.substring(0, plural.length() - 1),
        kind,
        false,
        List.of(),
        false);
  }

  /// `v1` for the core group, `group/version` otherwise: the `apiVersion` of objects.
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /// The URL prefix of this type's group version: `/api/v1` or `/apis/group/version`.
  public String groupPath() {
    return group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
  }

  /// The URL of one object: `/apis/apps/v1/namespaces/health/deployments/app1`.
  public String path(String namespace, String name) {
    return groupPath()
        + (namespaced() && namespace != null ? "/namespaces/" + namespace : "")
        + "/"
        + plural
        + "/"
        + name;
  }

  /// Whether this type keeps `metadata.generation` (bumped when `spec` changes).
  public boolean hasGeneration() {
    return this == DEPLOYMENTS || this == REPLICA_SETS || this == HTTP_ROUTES || this == GATEWAYS;
  }

  /// `deployments.apps`, `pods`: the resource as kube-apiserver names it in messages.
  public String qualifiedPlural() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /// `Deployment.apps`, `Service`: the kind as kube-apiserver names it in messages.
  public String qualifiedKind() {
    return group.isEmpty() ? kind : kind + "." + group;
  }

  /// Whether Kubernetes serves this type from a CustomResourceDefinition (no strategic merge).
  public boolean custom() {
    return group.endsWith(".x-k8s.io") || group.equals("gateway.networking.k8s.io");
  }

  /// The type served at `group`/`version`/`plural`, if any.
  public static Optional<ResourceType> find(String group, String version, String plural) {
    return ALL.stream()
        .filter(t -> t.group.equals(group) && t.version.equals(version) && t.plural.equals(plural))
        .findFirst();
  }
}
