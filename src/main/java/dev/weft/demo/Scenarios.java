package dev.weft.demo;

import dev.weft.demo.api.ApiFaults;
import dev.weft.demo.api.Json;
import dev.weft.demo.api.ResourceType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/// The failures and loads a demo can act out, by zone name. Each says what a client observes.
///
/// Threading: every method is thread-safe and returns once the change is made; effects on pods
/// follow within the simulator's timings. [#reset] undoes everything.
public final class Scenarios {
  private final RunningDemo demo;
  private final Map<String, String> canaryImages = new ConcurrentHashMap<>();
  private volatile Churn churn;
  private final Map<String, Drift> drifts = new ConcurrentHashMap<>();

  Scenarios(RunningDemo demo) {
    this.demo = demo;
  }

  /// The zone's API server stops answering (connections refused, watches break); pods keep
  /// running. [#restore] brings it back on the same port.
  public void zoneOutage(String zone) {
    if ("gateway".equals(zone)) {
      demo.gateway().stop();
      return;
    }
    demo.zone(zone).server().stop();
  }

  /// Ends an outage, brown-out, slow API, lag and API errors in the zone (or `gateway`).
  public void restore(String zone) {
    if ("gateway".equals(zone)) {
      demo.gateway().faults().clear();
      demo.gateway().start();
      return;
    }
    DemoZone z = demo.zone(zone);
    z.server().faults().clear();
    z.server().start();
    z.simulator().brownOut(false);
  }

  /// Every pod in the zone turns not ready (or ready again) while the API answers normally.
  public void brownOut(String zone, boolean on) {
    demo.zone(zone).simulator().brownOut(on);
  }

  /// Adds `latency` to every answer of the zone's (or `gateway`'s) API (zero to stop).
  public void slowApi(String zone, Duration latency) {
    nonNegative("latency", latency);
    faults(zone).latency(latency);
  }

  /// Writes to the zone (or `gateway`) are stored and seen by watches at once, but their answer
  /// comes `lag` later, so a client with a shorter timeout sees a timeout for a write that
  /// happened (zero to stop).
  public void writeLag(String zone, Duration lag) {
    nonNegative("lag", lag);
    faults(zone).writeLag(lag);
  }

  /// Every write to the zone (or `gateway`) fails with 500 while reads work.
  public void writeErrors(String zone) {
    faults(zone).error(ApiFaults.ErrorKind.SERVER_ERROR_ON_WRITES, null);
  }

  /// Every update or patch of `resource` (a plural, e.g. `httproutes`) in the zone (or
  /// `gateway`) is 409 Conflict, as when another controller keeps rewriting it.
  public void conflicts(String zone, String resource) {
    faults(zone).error(ApiFaults.ErrorKind.CONFLICT, knownResource(resource));
  }

  /// Another actor (`system:serviceaccount:gitops:controller`) rewrites the gateway HTTPRoute's
  /// weights to equal shares every `interval` until [#stopDrift] or [#reset].
  public void driftGateway(Duration interval) {
    positive("interval", interval);
    drift(
        "gateway",
        Drift.start(
            demo,
            DemoFabric.GATEWAY,
            ResourceType.HTTP_ROUTES,
            demo.gatewayNamespace(),
            demo.routeName(),
            Scenarios::equalShares,
            interval));
  }

  /// Another actor (`system:serviceaccount:gitops:controller`) sets `app`'s image in `zone` to
  /// `image` every `interval` until [#stopDrift] or [#reset].
  public void driftImage(String zone, String app, String image, Duration interval) {
    positive("interval", interval);
    if (image.isBlank()) {
      throw new IllegalArgumentException("IMAGE must name an image, e.g. registry.example/app:2");
    }
    drift(
        zone + "/" + app,
        Drift.start(
            demo,
            zone,
            ResourceType.DEPLOYMENTS,
            demo.namespace(),
            app,
            d -> {
              container(d).put("image", image);
              return d;
            },
            interval));
  }

  /// Stops every concurrent editor.
  public void stopDrift() {
    drifts.values().forEach(Drift::stop);
    drifts.clear();
  }

  void stopAll() {
    stopChurn();
    stopDrift();
  }

  private void drift(String key, Drift drift) {
    Drift old = drifts.put(key, drift);
    if (old != null) {
      old.stop();
    }
  }

  private static ObjectNode equalShares(ObjectNode route) {
    for (JsonNode rule : route.path("spec").path("rules")) {
      JsonNode refs = rule.path("backendRefs");
      int n = refs.size();
      for (int i = 0; i < n; i++) {
        int share = 100 / n;
        ((ObjectNode) refs.get(i)).put("weight", i == 0 ? 100 - share * (n - 1) : share);
      }
    }
    return route;
  }

  /// The faults of a zone's API server, or of the gateway cluster's for `gateway`.
  private ApiFaults faults(String zone) {
    return "gateway".equals(zone) ? demo.gateway().faults() : demo.zone(zone).server().faults();
  }

  /// The zone answers resource requests with `kind`: 500, 429 with Retry-After, or 403 on pods.
  public void apiErrors(String zone, ApiFaults.ErrorKind kind) {
    apiErrors(zone, kind, "pods");
  }

  /// As [#apiErrors(String, ApiFaults.ErrorKind)], with 403 on `resource` (a plural, e.g.
  /// `deployments`); null `kind` stops the errors.
  public void apiErrors(String zone, ApiFaults.ErrorKind kind, String resource) {
    ApiFaults faults = faults(zone);
    if (kind == null) {
      faults.clear();
    } else {
      faults.error(kind, resource == null ? null : knownResource(resource));
    }
  }

  /// `resource` when the demo serves it (a plural such as `pods`); a clear error otherwise.
  static String knownResource(String resource) {
    List<String> served = ResourceType.ALL.stream().map(ResourceType::plural).toList();
    if (!served.contains(resource)) {
      throw new IllegalArgumentException(
          "RESOURCE must be one the demo serves ("
              + String.join(", ", served)
              + "); got '"
              + ScenarioCommands.shown(resource)
              + "'");
    }
    return resource;
  }

  private static void nonNegative(String what, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(what + " must be zero or more; got " + duration);
    }
  }

  private static void positive(String what, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be more than zero; got " + duration);
    }
  }

  /// Ends every watch on the zone with 410 Gone and forgets history, so clients must relist.
  public void expireWatches(String zone) {
    demo.zone(zone).server().expireWatches();
  }

  /// Replaces random ready pods in one zone, or all zones when `zone` is null, for `duration`, as
  /// a rolling replacement does (the new pod first, the old one once it is ready), so no app
  /// loses availability. Each replacement makes about four pod watch events (added, running,
  /// ready, deleted), so up to `eventsPerSecond / 4` pods are replaced per second, fewer when
  /// every ready pod is already being replaced. Replaces a churn already running.
  public void churn(String zone, int eventsPerSecond, Duration duration) {
    if (eventsPerSecond < 1) {
      throw new IllegalArgumentException(
          "the churn rate must be at least 1 event a second; got " + eventsPerSecond);
    }
    positive("the churn duration", duration);
    List<DemoZone> zones = zone == null ? demo.zones() : List.of(demo.zone(zone));
    stopChurn();
    churn = Churn.start(zones, eventsPerSecond / 4.0, duration);
  }

  public void stopChurn() {
    Churn running = churn;
    churn = null;
    if (running != null) {
      running.stop();
    }
  }

  /// Sets `app`'s image in `zone` to the same version with `-bad` appended: a rollout whose new
  /// pods crash-loop (restarts, CrashLoopBackOff, Warning events) while old pods keep serving.
  public void badCanary(String app, String zone) {
    DemoZone z = demo.zone(zone);
    z.store()
        .modify(
            ResourceType.DEPLOYMENTS,
            demo.namespace(),
            app,
            d -> {
              ObjectNode container = container(d);
              String image = Json.text(container, "image");
              canaryImages.putIfAbsent(zone + "/" + app, image);
              if (!image.endsWith("-bad")) {
                container.put("image", image + "-bad");
              }
              return d;
            });
  }

  /// Takes `user`'s rights away in `cluster` (a zone or `gateway`): deletes every RoleBinding and
  /// ClusterRoleBinding naming them, so their next request is Forbidden. Returns how many.
  public int revoke(String cluster, String user) {
    return demo.auth(cluster).revoke(user);
  }

  /// Gives back what [#revoke] took from `user` in `cluster`, and any seeded binding of theirs
  /// that is missing. Returns how many bindings it created.
  public int grant(String cluster, String user) {
    return demo.auth(cluster).grant(user);
  }

  /// Ends every scenario: zones and the gateway restored, churn and drift stopped, bad canaries
  /// rolled back, every cluster's RBAC back to the seed.
  public void reset() {
    stopAll();
    for (String cluster : demo.clusterNames()) {
      demo.auth(cluster).reset();
    }
    for (String zone : demo.zoneNames()) {
      restore(zone);
    }
    demo.gateway().faults().clear();
    canaryImages.forEach(
        (key, image) -> {
          String[] zoneApp = key.split("/", 2);
          demo.zone(zoneApp[0])
              .store()
              .modify(
                  ResourceType.DEPLOYMENTS,
                  demo.namespace(),
                  zoneApp[1],
                  d -> {
                    container(d).put("image", image);
                    return d;
                  });
        });
    canaryImages.clear();
  }

  private static ObjectNode container(JsonNode deployment) {
    return (ObjectNode)
        deployment.path("spec").path("template").path("spec").path("containers").get(0);
  }
}
