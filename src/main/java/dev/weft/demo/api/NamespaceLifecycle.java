package dev.weft.demo.api;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/// The `NamespaceLifecycle` admission plugin of kube-apiserver, for creates: an object may not be
/// created in a namespace that does not exist (404 NotFound on the namespace) or that is being
/// deleted (403 Forbidden, cause `NamespaceTerminating`), and the namespaces every cluster has
/// exist from the start.
///
/// Called under the store's lock by the request threads.
public final class NamespaceLifecycle {

  /// The namespaces kube-apiserver creates itself and never lets go.
  public static final List<String> SYSTEM =
      List.of("default", "kube-node-lease", "kube-public", "kube-system");

  /// The namespaces the plugin never lets be deleted (kube-node-lease may be).
  private static final List<String> IMMORTAL = List.of("default", "kube-public", "kube-system");

  private NamespaceLifecycle() {}

  /// Refuses the delete of a namespace every cluster needs: `kubectl delete ns default` took the
  /// demo's `default` away.
  static void admitDelete(ResourceType type, String name) {
    if (type == ResourceType.NAMESPACES && IMMORTAL.contains(name)) {
      throw StoreException.forbidden(type, name, "this namespace may not be deleted");
    }
  }

  /// Adds the [#SYSTEM] namespaces to a new cluster's store.
  public static void seed(ObjectStore store) {
    for (String name : SYSTEM) {
      if (store.get(ResourceType.NAMESPACES, null, name) == null) {
        ObjectNode ns = Json.object().put("apiVersion", "v1").put("kind", "Namespace");
        ns.putObject("metadata")
            .put("name", name)
            .putObject("labels")
            .put("kubernetes.io/metadata.name", name);
        ns.putObject("status").put("phase", "Active");
        store.create(ResourceType.NAMESPACES, ns);
      }
    }
  }

  /// Refuses a create of a namespaced object where kube-apiserver's admission would.
  static void admitCreate(ObjectStore store, ResourceType type, String namespace, String name) {
    if (!type.namespaced()) {
      return;
    }
    ObjectNode ns = store.get(ResourceType.NAMESPACES, null, namespace);
    if (ns == null) {
      throw StoreException.notFound(ResourceType.NAMESPACES, namespace);
    }
    if (Json.metadata(ns).hasNonNull("deletionTimestamp")) {
      throw StoreException.namespaceTerminating(type, name, namespace);
    }
  }
}
