package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Builds one lean informer for a [Watch]: a [KeyOnlyStore], a handler that only maps objects to
/// changes and hands them to the link, and an exception handler that gives the failure to the
/// link (which owns retries) instead of letting fabric8 retry on its own.
final class Informers {
  private static final Logger LOG = LoggerFactory.getLogger(Informers.class);

  private Informers() {}

  static <T extends HasMetadata> SharedIndexInformer<T> create(
      KubernetesClient client,
      String namespace,
      Watch<T> watch,
      boolean lean,
      ClusterLink link,
      int gen) {
    var inNamespace = client.resources(watch.type()).inNamespace(namespace);
    Informable<T> informable =
        watch.name() == null ? inNamespace : inNamespace.withName(watch.name());
    SharedIndexInformer<T> informer = informable.runnableInformer(0);
    if (lean) {
      informer.itemStore(new KeyOnlyStore<>(watch.blank()));
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
    informer.addEventHandler(new Handler<>(watch, link, gen));
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

  private record Handler<T extends HasMetadata>(Watch<T> watch, ClusterLink link, int gen)
      implements ResourceEventHandler<T> {
    @Override
    public void onAdd(T obj) {
      upsert(obj);
    }

    @Override
    public void onUpdate(T oldObj, T newObj) {
      upsert(newObj);
    }

    @Override
    public void onDelete(T obj, boolean deletedFinalStateUnknown) {
      link.deliver(
          gen, watch.mapper().delete(link.source(), link.now(), obj.getMetadata().getName()));
    }

    private void upsert(T obj) {
      try {
        link.deliver(gen, watch.mapper().upsert(link.source(), link.now(), obj));
      } catch (RuntimeException e) {
        // One odd object must not stop the informer; the rest of the zone stays true.
        LOG.warn(
            "{}: ignoring {} {}: {}",
            link.source(),
            watch.kind(),
            obj.getMetadata().getName(),
            e.toString());
      }
    }
  }
}
