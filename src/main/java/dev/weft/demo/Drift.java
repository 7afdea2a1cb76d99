package dev.weft.demo;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.auth.DemoUsers;
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
/// reads the object over the API as `system:serviceaccount:gitops:controller`, and when it differs
/// from what the actor wants, replaces it with the resourceVersion it read (a 409 skips a beat,
/// as a controller retries on its next sync). So its writes are authorized and audited as its
/// own, and it records itself as Kubernetes records a writer (a managedFields entry) and in the
/// `weft.dev/changed-by` annotation. Its own daemon thread; thread-safe.
final class Drift {
  static final String ACTOR = DemoUsers.GITOPS.username();
  static final String MANAGER = "gitops-controller";
  static final String CHANGED_BY = "weft.dev/changed-by";
  private static final Logger LOG = LoggerFactory.getLogger(Drift.class);

  private final ScheduledExecutorService timer;

  private Drift(
      DemoActor actor,
      String path,
      ResourceType type,
      UnaryOperator<ObjectNode> change,
      Duration interval) {
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "weft-demo-drift-" + path.substring(path.lastIndexOf('/')));
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, interval.toMillis());
    timer.scheduleWithFixedDelay(
        () -> rewrite(actor, path, type, change), 0, every, TimeUnit.MILLISECONDS);
  }

  /// Starts rewriting `name` in `cluster` of `demo`; `change` edits a private copy in place.
  static Drift start(
      RunningDemo demo,
      String cluster,
      ResourceType type,
      String namespace,
      String name,
      UnaryOperator<ObjectNode> change,
      Duration interval) {
    DemoActor actor = demo.actor(cluster, ACTOR);
    String path = type.path(namespace, name);
    if (!actor.get(path).ok()) {
      throw new IllegalArgumentException(
          "no " + type.singular() + " " + namespace + "/" + name + " to drift");
    }
    return new Drift(actor, path, type, change, interval);
  }

  private static void rewrite(
      DemoActor actor, String path, ResourceType type, UnaryOperator<ObjectNode> change) {
    try {
      DemoActor.Reply read = actor.get(path);
      if (!read.ok()) {
        return;
      }
      ObjectNode current = read.body();
      ObjectNode changed = change.apply(current.deepCopy());
      if (changed.path("spec").equals(current.path("spec"))) {
        return;
      }
      stamp(changed, type);
      DemoActor.Reply wrote = actor.replace(path, changed);
      if (!wrote.ok()) {
        LOG.debug("demo drift of {} skipped a beat: {}", path, wrote.code());
      }
    } catch (RuntimeException e) {
      LOG.debug("demo drift of {} skipped a beat: {}", path, e.getMessage());
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
