package dev.weft.cluster;

import dev.weft.cluster.ClusterChange.ObjectUnreadable;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.core.JacksonException;

/// Builds one lean informer for a [Watch]: a [KeyOnlyStore], a handler that only maps objects to
/// changes and hands them to the link, and an exception handler that gives the failure to the
/// link (which owns retries) instead of letting fabric8 retry on its own.
///
/// Objects are read tolerantly, one by one: the informer lists and watches generic objects
/// (which any JSON fits), and each is read into its type on its own. One malformed object (a
/// Deployment with `replicas: "lots"`) becomes an [ObjectUnreadable] change naming it and the
/// field, instead of failing the whole list and turning the zone stale.
final class Informers {
  private Informers() {}

  static <T extends HasMetadata> SharedIndexInformer<GenericKubernetesResource> create(
      KubernetesClient client,
      String namespace,
      Watch<T> watch,
      boolean lean,
      ClusterLink link,
      int gen) {
    String group = HasMetadata.getGroup(watch.type());
    String version = HasMetadata.getVersion(watch.type());
    String apiVersion = group == null || group.isEmpty() ? version : group + "/" + version;
    var inNamespace =
        client
            .genericKubernetesResources(apiVersion, HasMetadata.getKind(watch.type()))
            .inNamespace(namespace);
    Informable<GenericKubernetesResource> informable =
        watch.name() == null ? inNamespace : inNamespace.withName(watch.name());
    SharedIndexInformer<GenericKubernetesResource> informer = informable.runnableInformer(0);
    if (lean) {
      informer.itemStore(new KeyOnlyStore<>(GenericKubernetesResource::new));
    }
    informer.exceptionHandler(
        (started, error) -> {
          if (gone(error)) {
            // The watch's resourceVersion expired: fabric8 relists this informer alone (and
            // delivers the deletes it missed); the zone's other watches stay up.
            return true;
          }
          link.fail(gen, error);
          return false;
        });
    informer.addEventHandler(new Handler<>(watch, link, gen, client.getKubernetesSerialization()));
    return informer;
  }

  private static boolean gone(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof io.fabric8.kubernetes.client.KubernetesClientException k
          && k.getCode() == 410) {
        return true;
      }
    }
    return false;
  }

  /// The field a reading failure points at, as a path: `spec.replicas`,
  /// `spec.rules[0].backendRefs[0].weight`.
  static String field(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : j.getPath()) {
          if (r.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
          } else if (r.getIndex() >= 0) {
            path.append('[').append(r.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? "?" : path.toString();
      }
    }
    return "?";
  }

  /// The change for one listed or watched object, read into its type on its own: an object that
  /// does not fit (one odd object must not stop the rest) becomes an [ObjectUnreadable] naming
  /// it and the field. `null` when Weft ignores the object.
  static <T extends HasMetadata> ClusterChange read(
      KubernetesSerialization serialization,
      Watch<T> watch,
      String source,
      java.time.Instant at,
      GenericKubernetesResource obj) {
    try {
      return watch.mapper().upsert(source, at, serialization.convertValue(obj, watch.type()));
    } catch (RuntimeException e) {
      String name = obj.getMetadata() == null ? "?" : obj.getMetadata().getName();
      return new ObjectUnreadable(
          source, at, watch.kind(), name, HasMetadata.getKind(watch.type()), field(e));
    }
  }

  private record Handler<T extends HasMetadata>(
      Watch<T> watch, ClusterLink link, int gen, KubernetesSerialization serialization)
      implements ResourceEventHandler<GenericKubernetesResource> {
    @Override
    public void onAdd(GenericKubernetesResource obj) {
      upsert(obj);
    }

    @Override
    public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
      upsert(newObj);
    }

    @Override
    public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
      link.deliver(
          gen, watch.mapper().delete(link.source(), link.now(), obj.getMetadata().getName()));
    }

    private void upsert(GenericKubernetesResource obj) {
      String name = obj.getMetadata() == null ? "?" : obj.getMetadata().getName();
      link.deliver(gen, read(serialization, watch, link.source(), link.now(), obj));
      link.seen(gen, watch.kind(), name);
    }
  }
}
