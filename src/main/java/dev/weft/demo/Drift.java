package dev.weft.demo;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/// Another actor that keeps rewriting one object, as a GitOps controller does: every interval it
/// applies its change when the object differs, recording itself as the writer (a managedFields
/// entry and the `weft.dev/changed-by` annotation). Its own daemon thread; thread-safe.
final class Drift {
  static final String ACTOR = "system:serviceaccount:gitops:controller";
  static final String MANAGER = "gitops-controller";
  static final String CHANGED_BY = "weft.dev/changed-by";
  private static final Logger LOG = LoggerFactory.getLogger(Drift.class);

  private final ScheduledExecutorService timer;

  private Drift(
      ObjectStore store,
      ResourceType type,
      String namespace,
      String name,
      UnaryOperator<ObjectNode> change,
      Duration interval) {
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "weft-demo-drift-" + name);
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, interval.toMillis());
    timer.scheduleWithFixedDelay(
        () -> rewrite(store, type, namespace, name, change), 0, every, TimeUnit.MILLISECONDS);
  }

  /// Starts rewriting `name`; `change` edits a private copy in place.
  static Drift start(
      ObjectStore store,
      ResourceType type,
      String namespace,
      String name,
      UnaryOperator<ObjectNode> change,
      Duration interval) {
    if (store.get(type, namespace, name) == null) {
      throw new IllegalArgumentException(
          "no " + type.singular() + " " + namespace + "/" + name + " to drift");
    }
    return new Drift(store, type, namespace, name, change, interval);
  }

  private static void rewrite(
      ObjectStore store,
      ResourceType type,
      String namespace,
      String name,
      UnaryOperator<ObjectNode> change) {
    try {
      synchronized (store) {
        ObjectNode current = store.get(type, namespace, name);
        if (current == null) {
          return;
        }
        ObjectNode changed = change.apply(current.deepCopy());
        if (changed.path("spec").equals(current.path("spec"))) {
          return;
        }
        stamp(changed, type);
        store.update(type, changed, true);
      }
    } catch (StoreException | IllegalStateException e) {
      LOG.debug("demo drift of {} skipped a beat: {}", name, e.getMessage());
    }
  }

  /// Records the actor as Kubernetes records a writer (managedFields) and in an annotation.
  private static void stamp(ObjectNode object, ResourceType type) {
    ObjectNode meta = object.withObjectProperty("metadata");
    meta.withObjectProperty("annotations").put(CHANGED_BY, ACTOR);
    ArrayNode fields = Json.NODES.arrayNode();
    for (var entry : meta.path("managedFields")) {
      if (!MANAGER.equals(Json.text(entry, "manager"))) {
        fields.add(entry);
      }
    }
    ObjectNode mine = fields.addObject();
    mine.put("manager", MANAGER)
        .put("operation", "Update")
        .put("apiVersion", type.apiVersion())
        .put("time", Json.timestamp(Instant.now()))
        .put("fieldsType", "FieldsV1")
        .putObject("fieldsV1")
        .putObject("f:spec");
    meta.set("managedFields", fields);
  }

  void stop() {
    timer.shutdownNow();
  }
}
