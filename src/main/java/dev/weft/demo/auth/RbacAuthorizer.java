package dev.weft.demo.auth;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Kubernetes RBAC over the Roles, ClusterRoles, RoleBindings and ClusterRoleBindings in one
/// cluster's store: a request is allowed when a rule of a role bound to the user (by name, by
/// group, or as a service account) allows it; ClusterRoleBindings apply everywhere, RoleBindings
/// in their own namespace. Nothing is ever denied explicitly, as in Kubernetes.
///
/// Each user's rules are compiled once and cached; any change to an RBAC object empties the
/// cache, inside the store's commit, so a new or deleted binding counts from the next request.
/// Thread-safe.
public final class RbacAuthorizer {
  /// A rule with the binding that grants it, for the audit log's reason.
  record Grant(PolicyRule rule, String reason) {}

  /// One user's rules: cluster-wide, and per namespace.
  record UserRules(List<Grant> cluster, Map<String, List<Grant>> byNamespace) {
    List<Grant> in(String namespace) {
      return namespace.isEmpty() ? List.of() : byNamespace.getOrDefault(namespace, List.of());
    }
  }

  /// The answer: allowed or not, and why (empty when nothing allowed it).
  public record Decision(boolean allowed, String reason) {}

  private final ObjectStore store;
  private final Map<Identity, UserRules> cache = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public RbacAuthorizer(ObjectStore store) {
    this.store = store;
    store.addListener(
        event -> {
          if (ResourceType.RBAC.contains(event.resource())) {
            generation.incrementAndGet();
            cache.clear();
          }
        });
  }

  public Decision authorize(Identity who, RequestAttributes request) {
    UserRules rules = rulesOf(who);
    for (List<Grant> grants :
        List.of(
            rules.cluster(),
            request.resourceRequest() ? rules.in(request.namespace()) : List.<Grant>of())) {
      for (Grant grant : grants) {
        if (grant.rule().allows(request)) {
          return new Decision(true, "RBAC: allowed by " + grant.reason());
        }
      }
    }
    return new Decision(false, "");
  }

  /// The rules that apply to `who` in `namespace` (cluster-wide ones included).
  List<PolicyRule> rulesIn(Identity who, String namespace) {
    UserRules rules = rulesOf(who);
    List<PolicyRule> result = new ArrayList<>();
    rules.cluster().forEach(g -> result.add(g.rule()));
    rules.in(namespace).forEach(g -> result.add(g.rule()));
    return result;
  }

  UserRules rulesOf(Identity who) {
    UserRules cached = cache.get(who);
    if (cached != null) {
      return cached;
    }
    long before = generation.get();
    UserRules compiled = compile(who);
    // A change while compiling may have made this stale: use it once, keep it only if not.
    if (generation.get() == before) {
      cache.put(who, compiled);
    }
    return compiled;
  }

  private UserRules compile(Identity who) {
    List<Grant> cluster = new ArrayList<>();
    Map<String, List<Grant>> byNamespace = new HashMap<>();
    for (ObjectNode binding : store.list(ResourceType.CLUSTER_ROLE_BINDINGS, null, b -> true)) {
      String subject = subjectFor(who, binding, "");
      if (subject != null) {
        String role = Json.text(binding, "roleRef", "name");
        String reason =
            "ClusterRoleBinding \""
                + Json.name(binding)
                + "\" of ClusterRole \""
                + role
                + "\" to "
                + subject;
        rules(ResourceType.CLUSTER_ROLES, "", role).forEach(r -> cluster.add(new Grant(r, reason)));
      }
    }
    for (ObjectNode binding : store.list(ResourceType.ROLE_BINDINGS, null, b -> true)) {
      String namespace = Json.namespace(binding);
      String subject = subjectFor(who, binding, namespace);
      if (subject != null) {
        String kind = Json.text(binding, "roleRef", "kind");
        String role = Json.text(binding, "roleRef", "name");
        String reason =
            "RoleBinding \""
                + Json.name(binding)
                + "/"
                + namespace
                + "\" of "
                + kind
                + " \""
                + role
                + "\" to "
                + subject;
        List<PolicyRule> rules =
            kind.equals("ClusterRole")
                ? rules(ResourceType.CLUSTER_ROLES, "", role)
                : rules(ResourceType.ROLES, namespace, role);
        List<Grant> grants = byNamespace.computeIfAbsent(namespace, n -> new ArrayList<>());
        rules.forEach(r -> grants.add(new Grant(r, reason)));
      }
    }
    return new UserRules(List.copyOf(cluster), Map.copyOf(byNamespace));
  }

  private List<PolicyRule> rules(ResourceType type, String namespace, String name) {
    ObjectNode role = store.get(type, namespace.isEmpty() ? null : namespace, name);
    List<PolicyRule> rules = new ArrayList<>();
    if (role != null) {
      role.path("rules").forEach(r -> rules.add(PolicyRule.of(r)));
    }
    return rules;
  }

  /// How the binding names `who` (`User "admin"`), or null when it does not.
  private static String subjectFor(Identity who, JsonNode binding, String bindingNamespace) {
    for (JsonNode subject : binding.path("subjects")) {
      String kind = Json.text(subject, "kind");
      String name = Json.text(subject, "name");
      boolean applies =
          switch (kind) {
            case "User" -> who.username().equals(name);
            case "Group" -> who.groups().contains(name);
            case "ServiceAccount" -> {
              String ns = Json.text(subject, "namespace");
              ns = ns.isEmpty() ? bindingNamespace : ns;
              yield !ns.isEmpty()
                  && who.username().equals("system:serviceaccount:" + ns + ":" + name);
            }
            default -> false;
          };
      if (applies) {
        return kind.equals("ServiceAccount")
            ? "ServiceAccount \"" + name + "/" + Json.text(subject, "namespace") + "\""
            : kind + " \"" + name + "\"";
      }
    }
    return null;
  }
}
