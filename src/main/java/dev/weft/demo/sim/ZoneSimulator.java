package dev.weft.demo.sim;

import dev.weft.demo.api.Json;
import dev.weft.demo.api.ObjectStore;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import dev.weft.demo.api.WatchEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/// The simulated control plane of one zone: deployment, replica set, endpoint slice and garbage
/// collection controllers plus a kubelet, all acting directly on the zone's [ObjectStore].
///
/// Threading: everything runs on one thread per zone (`weft-demo-<zone>`). The store's listener
/// only enqueues; changes are coalesced for [Timings#coalesce] and reconciled per deployment.
/// Public methods may be called from any thread; they hand work to that thread.
public final class ZoneSimulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ZoneSimulator.class);
  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private final String zone;
  private final int index;
  private final String namespace;
  private final ObjectStore store;
  private final Timings timings;
  private final Random random;
  private final ScheduledExecutorService thread;
  private final ConcurrentLinkedQueue<WatchEvent> inbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final Set<String> dirty = new LinkedHashSet<>();
  private final Set<String> rechecks = new java.util.HashSet<>();
  private final Set<String> replacing = new java.util.HashSet<>();
  private final PodLifecycle pods;
  private final DeploymentReconciler deployments;
  private final EndpointSlices slices;
  private final Runnable unsubscribe;
  private volatile boolean brownedOut;

  public ZoneSimulator(
      String zone, int index, String namespace, ObjectStore store, Timings timings, long seed) {
    this.zone = zone;
    this.index = index;
    this.namespace = namespace;
    this.store = store;
    this.timings = timings;
    this.random = new Random(seed);
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "weft-demo-" + zone);
              t.setDaemon(true);
              return t;
            });
    EventRecorder events = new EventRecorder(store, zone);
    this.pods = new PodLifecycle(this, timings, random, events);
    this.deployments = new DeploymentReconciler(this, events);
    this.slices = new EndpointSlices(store, namespace);
    this.unsubscribe = store.addListener(this::enqueue);
  }

  /// Writes an app's Deployment, ReplicaSet, ready Pods, Service and EndpointSlice straight into
  /// the store (no HTTP round trip), as if it had been running for a while.
  public void seed(String app, String image, int replicas, String clusterIp) {
    call(
        () -> {
          if (store.get(ResourceType.NAMESPACES, null, namespace) == null) {
            store.create(ResourceType.NAMESPACES, Templates.namespace(namespace));
          }
          ObjectNode d =
              store.create(
                  ResourceType.DEPLOYMENTS, Templates.deployment(namespace, app, image, replicas));
          String hash = Templates.hash(d.path("spec").path("template"));
          ObjectNode rs =
              store.create(ResourceType.REPLICA_SETS, Templates.replicaSet(d, hash, replicas, 1));
          Instant started = Instant.now();
          for (int i = 0; i < replicas; i++) {
            ObjectNode pod = Templates.pod(rs, Json.name(rs) + "-" + podSuffix(), nodeName());
            store.create(ResourceType.PODS, pods.running(pod, true, started));
          }
          store.create(ResourceType.SERVICES, Templates.service(namespace, app, clusterIp));
          dirty.add(app);
          return null;
        });
  }

  /// Marks every pod not ready (the API keeps answering), or lets them be ready again.
  public void brownOut(boolean on) {
    // Only a change acts: ending a brown-out that never began must not hurry starting pods.
    if (brownedOut == on) {
      return;
    }
    brownedOut = on;
    call(
        () -> {
          for (ObjectNode pod :
              store.list(
                  ResourceType.PODS,
                  namespace,
                  p -> "Running".equals(Json.text(p, "status", "phase")))) {
            boolean crashing =
                !Json.text(
                        pod.path("status").path("containerStatuses").path(0),
                        "state",
                        "waiting",
                        "reason")
                    .isEmpty();
            boolean ready = !on && !crashing && !PodLifecycle.bad(pod);
            if (PodLifecycle.isReady(pod) != ready) {
              store.modify(
                  ResourceType.PODS,
                  namespace,
                  Json.name(pod),
                  p -> PodLifecycle.setReady(p, ready));
            }
          }
          return null;
        });
  }

  /// Replaces `count` random ready pods of this zone as a rolling replacement does: each gets a
  /// new pod from its replica set first and is deleted once that one is ready, so no app drops
  /// below the ready pods it had. Pods already being replaced are not picked again, so the rate
  /// is bounded by how fast pods start.
  public void replaceRandomPods(int count) {
    thread.execute(
        () -> {
          List<ObjectNode> ready =
              store.list(
                  ResourceType.PODS,
                  namespace,
                  p -> PodLifecycle.isReady(p) && !replacing.contains(Json.name(p)));
          for (int i = 0; i < count && !ready.isEmpty(); i++) {
            ObjectNode victim = ready.remove(random.nextInt(ready.size()));
            replacing.add(Json.name(victim));
            dirty.add(Json.text(victim, "metadata", "labels", "app"));
          }
          drain();
        });
  }

  /// Whether `pod` is being replaced by churn (its replica set does not count it).
  boolean replacing(String pod) {
    return replacing.contains(pod);
  }

  /// Reconciles `app` again after `delay` (for deadlines that pass without any event).
  void recheck(String app, Duration delay) {
    if (rechecks.add(app)) {
      schedule(
          delay,
          () -> {
            rechecks.remove(app);
            dirty.add(app);
            drain();
          });
    }
  }

  /// Runs `work` on the simulator thread and waits for it.
  public <T> T call(java.util.concurrent.Callable<T> work) {
    try {
      return thread.submit(work).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("demo zone " + zone + ": " + e.getMessage(), e);
    }
  }

  private void enqueue(WatchEvent event) {
    if (!namespace.equals(event.namespace()) && event.resource() != ResourceType.NAMESPACES) {
      return;
    }
    inbox.add(event);
    if (drainScheduled.compareAndSet(false, true)) {
      schedule(timings.coalesce(), this::drain);
    }
  }

  private void drain() {
    drainScheduled.set(false);
    WatchEvent event;
    while ((event = inbox.poll()) != null) {
      observe(event);
    }
    for (String app : List.copyOf(dirty)) {
      dirty.remove(app);
      try {
        deployments.reconcileApp(app);
        slices.sync(app);
      } catch (StoreException conflict) {
        // A concurrent write won; its event brings this app back here.
        dirty.add(app);
      } catch (RuntimeException bug) {
        LOG.error("demo zone {}: reconciling {} failed", zone, app, bug);
      }
    }
  }

  private void observe(WatchEvent event) {
    ObjectNode o = event.object();
    String app = Json.text(o, "metadata", "labels", "app");
    if (event.resource() == ResourceType.DEPLOYMENTS) {
      dirty.add(Json.name(o));
      if (event.type().equals("DELETED")) {
        collect(ResourceType.REPLICA_SETS, Json.text(o, "metadata", "uid"));
      }
    } else if (event.resource() == ResourceType.REPLICA_SETS) {
      dirty.add(app);
      if (event.type().equals("DELETED")) {
        collect(ResourceType.PODS, Json.text(o, "metadata", "uid"));
      }
    } else if (event.resource() == ResourceType.PODS) {
      dirty.add(app);
      if (event.type().equals("DELETED")) {
        replacing.remove(Json.name(o));
      }
      if (event.type().equals("ADDED") && "Pending".equals(Json.text(o, "status", "phase"))) {
        pods.admitted(o);
      }
    } else if (event.resource() == ResourceType.SERVICES) {
      dirty.add(Json.text(o, "spec", "selector", "app"));
    }
  }

  /// Garbage collection: deletes what the deleted owner owned.
  private void collect(ResourceType type, String ownerUid) {
    for (ObjectNode owned : store.list(type, namespace, x -> Json.ownedBy(x, ownerUid))) {
      try {
        store.delete(type, namespace, Json.name(owned));
      } catch (StoreException gone) {
        // Already gone.
      }
    }
  }

  void schedule(Duration delay, Runnable task) {
    if (!thread.isShutdown()) {
      try {
        thread.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        // The demo is closing.
      }
    }
  }

  String podSuffix() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  String nodeName() {
    return zone + "-node-" + (1 + random.nextInt(3));
  }

  boolean brownedOut() {
    return brownedOut;
  }

  ObjectStore store() {
    return store;
  }

  String namespace() {
    return namespace;
  }

  int index() {
    return index;
  }

  public String zone() {
    return zone;
  }

  @Override
  public void close() {
    unsubscribe.run();
    thread.shutdownNow();
  }
}
