package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import dev.weft.demo.api.WatchEvent;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// The gateway cluster's Gateway API controller: gives every HTTPRoute a `status.parents[]`
/// entry per parentRef with the Accepted and ResolvedRefs conditions at the route's
/// `metadata.generation`; ResolvedRefs is False with reason BackendNotFound when a backendRef
/// names no Service in the route's namespace. A writer reads this to know the gateway took its
/// change.
///
/// Threading: its own thread (`weft-demo-gateway`); the store listener only schedules a pass,
/// and passes coalesce.
public final class GatewayController implements AutoCloseable {
  public static final String NAME = "weft.dev/demo-gateway-controller";
  private static final Logger LOG = LoggerFactory.getLogger(GatewayController.class);

  private final ObjectStore store;
  private final ExecutorService thread;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Runnable unsubscribe;

  public GatewayController(ObjectStore store) {
    this.store = store;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "weft-demo-gateway");
              t.setDaemon(true);
              return t;
            });
    this.unsubscribe = store.addListener(this::changed);
    schedule();
  }

  private void changed(WatchEvent event) {
    if (event.resource() == ResourceType.HTTP_ROUTES || event.resource() == ResourceType.SERVICES) {
      schedule();
    }
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      try {
        thread.execute(this::pass);
      } catch (RejectedExecutionException closing) {
        // The demo is closing.
      }
    }
  }

  private void pass() {
    scheduled.set(false);
    for (ObjectNode route : store.list(ResourceType.HTTP_ROUTES, null, r -> true)) {
      try {
        reconcile(route);
      } catch (StoreException raced) {
        // A concurrent write won; its event schedules another pass.
      } catch (RuntimeException e) {
        LOG.warn("demo gateway: route {} left without status: {}", Json.name(route), e.toString());
      }
    }
  }

  private void reconcile(ObjectNode route) {
    ArrayNode parents = Json.NODES.arrayNode();
    long generation = Json.number(route, "metadata", "generation");
    String missing = missingBackend(route);
    JsonNode oldParents = route.path("status").path("parents");
    int i = 0;
    for (JsonNode parentRef : route.path("spec").path("parentRefs")) {
      Conditions conditions = new Conditions(oldParents.path(i++));
      conditions.set("Accepted", true, "Accepted", "Route is accepted", generation);
      conditions.set(
          "ResolvedRefs",
          missing == null,
          missing == null ? "ResolvedRefs" : "BackendNotFound",
          missing == null ? "All references are resolved" : missing,
          generation);
      ObjectNode parent = parents.addObject();
      parent.set("parentRef", parentRef.deepCopy());
      parent.put("controllerName", NAME);
      parent.set("conditions", conditions.array());
    }
    if (parents.equals(oldParents)) {
      return;
    }
    store.modify(
        ResourceType.HTTP_ROUTES,
        Json.namespace(route),
        Json.name(route),
        r -> {
          r.withObjectProperty("status").set("parents", parents);
          return r;
        });
  }

  /// Why a backendRef cannot be resolved, or null when every one can.
  private String missingBackend(JsonNode route) {
    int r = 0;
    for (JsonNode rule : route.path("spec").path("rules")) {
      int b = 0;
      for (JsonNode ref : rule.path("backendRefs")) {
        String kind = Json.text(ref, "kind").isEmpty() ? "Service" : Json.text(ref, "kind");
        String namespace =
            Json.text(ref, "namespace").isEmpty()
                ? Json.namespace(route)
                : Json.text(ref, "namespace");
        String name = Json.text(ref, "name");
        if (!kind.equals("Service") || store.get(ResourceType.SERVICES, namespace, name) == null) {
          return "rule "
              + r
              + " backendRef "
              + b
              + ": "
              + kind
              + " \""
              + namespace
              + "/"
              + name
              + "\" not found";
        }
        b++;
      }
      r++;
    }
    return null;
  }

  @Override
  public void close() {
    unsubscribe.run();
    thread.shutdownNow();
  }
}
