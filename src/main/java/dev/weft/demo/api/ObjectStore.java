package dev.weft.demo.api;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/// The objects of one simulated cluster, indexed by type, namespace and name (sorted by name, as
/// etcd lists them), with a bounded
/// history of changes for watches that resume from a `resourceVersion`.
///
/// Replaces fabric8's CRUD mock store, which scans every object on each request. Thread-safe: every
/// operation holds one lock, and listeners run under it (in change order), so they must not block;
/// they only enqueue. Stored objects are shared and immutable by contract.
public final class ObjectStore {
  // Kept changes per zone: enough for a watch to resume after a short break. Each holds an old
  // object version, so at 10 zones under churn a longer history dominates the heap.
  private static final int HISTORY = 1_024;

  private final Map<ResourceType, Map<String, Map<String, ObjectNode>>> objects = new HashMap<>();
  private final ArrayDeque<WatchEvent> history = new ArrayDeque<>();
  private final List<Consumer<WatchEvent>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong eventCount = new AtomicLong();
  private long resourceVersion = 1;
  private long oldestResumable = 1;

  public synchronized long resourceVersion() {
    return resourceVersion;
  }

  /// How many changes this store has made since it started: the event rate's counter.
  public long eventCount() {
    return eventCount.get();
  }

  public synchronized ObjectNode get(ResourceType type, String namespace, String name) {
    return bucket(type, namespace).get(name);
  }

  /// Objects of a type in one namespace, or in all where `namespace` is null.
  public synchronized List<ObjectNode> list(
      ResourceType type, String namespace, Predicate<ObjectNode> filter) {
    List<ObjectNode> result = new ArrayList<>();
    Map<String, Map<String, ObjectNode>> byNamespace = objects.getOrDefault(type, Map.of());
    Collection<Map<String, ObjectNode>> buckets =
        namespace == null ? byNamespace.values() : List.of(bucket(type, namespace));
    for (Map<String, ObjectNode> bucket : buckets) {
      for (ObjectNode object : bucket.values()) {
        if (filter.test(object)) {
          result.add(object);
        }
      }
    }
    return result;
  }

  public synchronized ObjectNode create(ResourceType type, ObjectNode object) {
    return create(type, object, false);
  }

  /// Creates an object; with `dryRun`, returns what would be stored and stores nothing.
  public synchronized ObjectNode create(ResourceType type, ObjectNode object, boolean dryRun) {
    ObjectNode created = object.deepCopy();
    ObjectNode meta =
        created.has("metadata") ? Json.metadata(created) : created.putObject("metadata");
    String name = Json.name(created);
    if (name.isEmpty() && !Json.text(created, "metadata", "generateName").isEmpty()) {
      name = Json.text(created, "metadata", "generateName") + suffix();
      meta.put("name", name);
    }
    if (name.isEmpty()) {
      throw new StoreException(422, "Invalid", "metadata.name: Required value");
    }
    Map<String, ObjectNode> bucket = bucket(type, Json.namespace(created));
    if (bucket.containsKey(name)) {
      throw StoreException.alreadyExists(type, name);
    }
    created.put("apiVersion", type.apiVersion());
    created.put("kind", type.kind());
    meta.put("uid", UUID.randomUUID().toString());
    if (!meta.has("creationTimestamp") || meta.get("creationTimestamp").isNull()) {
      meta.put("creationTimestamp", Json.timestamp(Instant.now()));
    }
    if (type.hasGeneration()) {
      meta.put("generation", 1);
    }
    if (dryRun) {
      meta.remove("resourceVersion");
      return created;
    }
    return commit("ADDED", type, bucket, name, created);
  }

  /// Replaces an object; with `checkVersion`, refuses a stale `resourceVersion` with 409.
  public synchronized ObjectNode update(
      ResourceType type, ObjectNode object, boolean checkVersion) {
    return update(type, object, checkVersion, false);
  }

  /// As [#update(ResourceType, ObjectNode, boolean)]; with `dryRun`, returns what would be
  /// stored (keeping the stored `resourceVersion`) and stores nothing.
  public synchronized ObjectNode update(
      ResourceType type, ObjectNode object, boolean checkVersion, boolean dryRun) {
    Map<String, ObjectNode> bucket = bucket(type, Json.namespace(object));
    ObjectNode old = bucket.get(Json.name(object));
    if (old == null) {
      throw StoreException.notFound(type, Json.name(object));
    }
    String sent = Json.text(object, "metadata", "resourceVersion");
    if (checkVersion
        && !sent.isEmpty()
        && !sent.equals(Json.text(old, "metadata", "resourceVersion"))) {
      throw StoreException.conflict(type, Json.name(object));
    }
    ObjectNode updated = object.deepCopy();
    ObjectNode meta = Json.metadata(updated);
    for (String kept : List.of("uid", "creationTimestamp")) {
      meta.set(kept, old.get("metadata").get(kept));
    }
    if (type.hasGeneration()) {
      long generation = Json.number(old, "metadata", "generation");
      boolean specChanged = !old.path("spec").equals(updated.path("spec"));
      meta.put("generation", specChanged ? generation + 1 : generation);
    }
    if (updated.equals(withVersion(old, updated))) {
      return old;
    }
    if (dryRun) {
      meta.set("resourceVersion", old.get("metadata").get("resourceVersion"));
      return updated;
    }
    return commit("MODIFIED", type, bucket, Json.name(object), updated);
  }

  /// Reads, changes and writes one object atomically; `change` gets a private copy.
  public synchronized ObjectNode modify(
      ResourceType type, String namespace, String name, UnaryOperator<ObjectNode> change) {
    ObjectNode old = bucket(type, namespace).get(name);
    if (old == null) {
      throw StoreException.notFound(type, name);
    }
    return update(type, change.apply(old.deepCopy()), false);
  }

  public synchronized ObjectNode delete(ResourceType type, String namespace, String name) {
    return delete(type, namespace, name, false);
  }

  /// Deletes an object; with `dryRun`, returns it and deletes nothing.
  public synchronized ObjectNode delete(
      ResourceType type, String namespace, String name, boolean dryRun) {
    Map<String, ObjectNode> bucket = bucket(type, namespace);
    if (dryRun) {
      ObjectNode existing = bucket.get(name);
      if (existing == null) {
        throw StoreException.notFound(type, name);
      }
      return existing;
    }
    ObjectNode old = bucket.remove(name);
    if (old == null) {
      throw StoreException.notFound(type, name);
    }
    ObjectNode gone = old.deepCopy();
    long version = ++resourceVersion;
    Json.metadata(gone).put("resourceVersion", Long.toString(version));
    publish(new WatchEvent("DELETED", type, gone, version));
    return gone;
  }

  /// Deletes a namespace and everything in it, as the namespace controller does: the namespace
  /// first turns Terminating (a watch sees it), then its objects go, then the namespace.
  public synchronized ObjectNode deleteNamespace(String name, boolean dryRun) {
    ObjectNode namespace = get(ResourceType.NAMESPACES, null, name);
    if (namespace == null) {
      throw StoreException.notFound(ResourceType.NAMESPACES, name);
    }
    ObjectNode terminating = namespace.deepCopy();
    Json.metadata(terminating).put("deletionTimestamp", Json.timestamp(Instant.now()));
    terminating.withObjectProperty("status").put("phase", "Terminating");
    if (dryRun) {
      return terminating;
    }
    terminating = update(ResourceType.NAMESPACES, terminating, false);
    for (ResourceType type : ResourceType.ALL) {
      if (type.namespaced()) {
        for (String object : List.copyOf(bucket(type, name).keySet())) {
          delete(type, name, object);
        }
      }
    }
    delete(ResourceType.NAMESPACES, null, name);
    return terminating;
  }

  /// Calls `listener` with every later change, in order, under the store's lock.
  public Runnable addListener(Consumer<WatchEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /// Changes after `version` that `filter` accepts, or null when they are no longer kept.
  public synchronized List<WatchEvent> changesSince(long version, Predicate<WatchEvent> filter) {
    if (version < oldestResumable - 1) {
      return null;
    }
    List<WatchEvent> result = new ArrayList<>();
    for (WatchEvent event : history) {
      if (event.resourceVersion() > version && filter.test(event)) {
        result.add(event);
      }
    }
    return result;
  }

  /// Atomically replays changes since `version` to `listener` and then subscribes it.
  public synchronized Runnable subscribeSince(
      long version, Predicate<WatchEvent> filter, Consumer<WatchEvent> listener) {
    List<WatchEvent> missed = changesSince(version, filter);
    if (missed == null) {
      throw new StoreException(410, "Expired", "too old resource version: " + version);
    }
    missed.forEach(listener);
    return addListener(
        event -> {
          if (filter.test(event)) {
            listener.accept(event);
          }
        });
  }

  /// Forgets the change history, so that watches resuming from an earlier version get 410 Gone.
  public synchronized void forgetHistory() {
    history.clear();
    oldestResumable = resourceVersion + 1;
  }

  private ObjectNode withVersion(ObjectNode old, ObjectNode updated) {
    ObjectNode copy = old.deepCopy();
    Json.metadata(copy).set("resourceVersion", updated.get("metadata").get("resourceVersion"));
    return copy;
  }

  private ObjectNode commit(
      String type,
      ResourceType resource,
      Map<String, ObjectNode> bucket,
      String name,
      ObjectNode o) {
    long version = ++resourceVersion;
    Json.metadata(o).put("resourceVersion", Long.toString(version));
    bucket.put(name, o);
    publish(new WatchEvent(type, resource, o, version));
    return o;
  }

  private void publish(WatchEvent event) {
    eventCount.incrementAndGet();
    history.addLast(event);
    if (history.size() > HISTORY) {
      oldestResumable = history.removeFirst().resourceVersion() + 1;
    }
    for (Consumer<WatchEvent> listener : listeners) {
      listener.accept(event);
    }
  }

  private Map<String, ObjectNode> bucket(ResourceType type, String namespace) {
    return objects
        .computeIfAbsent(type, t -> new HashMap<>())
        .computeIfAbsent(namespace == null ? "" : namespace, n -> new TreeMap<>());
  }

  private static String suffix() {
    String chars = "bcdfghjklmnpqrstvwxz2456789";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append(
          chars.charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(chars.length())));
    }
    return s.toString();
  }
}
