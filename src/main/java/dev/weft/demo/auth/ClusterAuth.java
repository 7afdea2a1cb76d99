package dev.weft.demo.auth;

import dev.weft.demo.api.ApiServer;
import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// Who may do what in one demo cluster: its tokens, its RBAC (seeded into its store), its audit
/// log, and the gate that puts them in front of its API server. Also takes a user's rights away
/// and gives them back (`revoke` / `grant` scenarios).
///
/// Thread-safe: revocations are kept in a concurrent map; everything else is thread-safe.
public final class ClusterAuth implements AutoCloseable {
  private final String cluster;
  private final ObjectStore store;
  private final RbacSeed.Kind kind;
  private final String namespace;
  private final Tokens tokens;
  private final AuditLog audit;
  private final Map<String, List<RbacSeed.Seeded>> revoked = new ConcurrentHashMap<>();

  private ClusterAuth(
      String cluster,
      ApiServer server,
      RbacSeed.Kind kind,
      String namespace,
      Tokens tokens,
      AuditLog audit) {
    this.cluster = cluster;
    this.store = server.store();
    this.kind = kind;
    this.namespace = namespace;
    this.tokens = tokens;
    this.audit = audit;
  }

  /// Seeds the cluster's RBAC and puts authentication, authorization and auditing in front of
  /// `server`, before it serves its first request.
  ///
  /// @param previousTokens an earlier run's tokens by user name, kept where present
  /// @param auditFile where the audit lines go; null to keep them in memory only
  public static ClusterAuth install(
      String cluster,
      ApiServer server,
      RbacSeed.Kind kind,
      String namespace,
      Map<String, String> previousTokens,
      Path auditFile) {
    ClusterAuth auth =
        new ClusterAuth(
            cluster, server, kind, namespace, new Tokens(previousTokens), new AuditLog(auditFile));
    RbacSeed.seed(server.store(), kind, namespace);
    RbacAuthorizer rbac = new RbacAuthorizer(server.store());
    server.gate(new ClusterGate(auth.tokens, rbac, auth.audit, server.faults()));
    return auth;
  }

  public String cluster() {
    return cluster;
  }

  public Tokens tokens() {
    return tokens;
  }

  public AuditLog audit() {
    return audit;
  }

  /// Deletes every RoleBinding and ClusterRoleBinding that names `user` (a person or a full
  /// user name); returns how many. Their rights are gone from the next request.
  public int revoke(String user) {
    Identity who = DemoUsers.identity(user);
    List<RbacSeed.Seeded> taken = new ArrayList<>();
    for (ResourceType type :
        List.of(ResourceType.ROLE_BINDINGS, ResourceType.CLUSTER_ROLE_BINDINGS)) {
      for (ObjectNode binding : store.list(type, null, b -> names(b, who))) {
        store.delete(type, RbacSeed.blankToNull(Json.namespace(binding)), Json.name(binding));
        taken.add(new RbacSeed.Seeded(type, fresh(binding)));
      }
    }
    revoked.merge(
        who.username(),
        taken,
        (a, b) -> {
          List<RbacSeed.Seeded> all = new ArrayList<>(a);
          all.addAll(b);
          return all;
        });
    return taken.size();
  }

  /// Gives back what [#revoke] took from `user`, and the seed's bindings of `user` that are
  /// missing; returns how many bindings it created.
  public int grant(String user) {
    Identity who = DemoUsers.identity(user);
    List<RbacSeed.Seeded> back = new ArrayList<>(revoked.getOrDefault(who.username(), List.of()));
    revoked.remove(who.username());
    RbacSeed.objects(kind, namespace).stream()
        .filter(
            s ->
                s.type() == ResourceType.ROLE_BINDINGS
                    || s.type() == ResourceType.CLUSTER_ROLE_BINDINGS)
        .filter(s -> names(s.object(), who))
        .forEach(back::add);
    int created = 0;
    for (RbacSeed.Seeded s : back) {
      String ns = RbacSeed.blankToNull(Json.namespace(s.object()));
      if (store.get(s.type(), ns, Json.name(s.object())) == null) {
        store.create(s.type(), s.object());
        created++;
      }
    }
    return created;
  }

  /// Back to the seeded RBAC objects; forgets revocations.
  public void reset() {
    revoked.clear();
    RbacSeed.restore(store, kind, namespace);
  }

  @Override
  public void close() {
    audit.close();
  }

  private static boolean names(JsonNode binding, Identity who) {
    for (JsonNode subject : binding.path("subjects")) {
      String kind = Json.text(subject, "kind");
      String name = Json.text(subject, "name");
      if (kind.equals("User") && name.equals(who.username())) {
        return true;
      }
      if (kind.equals("ServiceAccount")
          && who.username()
              .equals("system:serviceaccount:" + Json.text(subject, "namespace") + ":" + name)) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode fresh(ObjectNode stored) {
    ObjectNode copy = stored.deepCopy();
    ObjectNode meta = Json.metadata(copy);
    for (String generated : List.of("uid", "resourceVersion", "creationTimestamp")) {
      meta.remove(generated);
    }
    return copy;
  }
}
