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

  Scenarios(RunningDemo demo) {
    this.demo = demo;
  }

  /// The zone's API server stops answering (connections refused, watches break); pods keep
  /// running. [#restore] brings it back on the same port.
  public void zoneOutage(String zone) {
    demo.zone(zone).server().stop();
  }

  /// Ends an outage, brown-out, slow API and API errors in the zone.
  public void restore(String zone) {
    DemoZone z = demo.zone(zone);
    z.server().faults().clear();
    z.server().start();
    z.simulator().brownOut(false);
  }

  /// Every pod in the zone turns not ready (or ready again) while the API answers normally.
  public void brownOut(String zone, boolean on) {
    demo.zone(zone).simulator().brownOut(on);
  }

  /// Adds `latency` to every answer of the zone's API (zero to stop).
  public void slowApi(String zone, Duration latency) {
    demo.zone(zone).server().faults().latency(latency);
  }

  /// The zone answers resource requests with `kind`: 500, 429 with Retry-After, or 403 on pods.
  public void apiErrors(String zone, ApiFaults.ErrorKind kind) {
    apiErrors(zone, kind, "pods");
  }

  /// As [#apiErrors(String, ApiFaults.ErrorKind)], with 403 on `resource` (a plural, e.g.
  /// `deployments`); null `kind` stops the errors.
  public void apiErrors(String zone, ApiFaults.ErrorKind kind, String resource) {
    ApiFaults faults = demo.zone(zone).server().faults();
    if (kind == null) {
      faults.clear();
    } else {
      faults.error(kind, resource);
    }
  }

  /// Ends every watch on the zone with 410 Gone and forgets history, so clients must relist.
  public void expireWatches(String zone) {
    demo.zone(zone).server().expireWatches();
  }

  /// Deletes random pods (the replica sets replace them) in one zone, or all zones when `zone`
  /// is null, for `duration`. Each replacement makes about four pod watch events (deleted,
  /// added, running, ready), so `eventsPerSecond / 4` pods are replaced per second. Replaces a
  /// churn already running.
  public void churn(String zone, int eventsPerSecond, Duration duration) {
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

  /// Ends every scenario: zones restored, churn stopped, bad canaries rolled back, every
  /// cluster's RBAC back to the seed.
  public void reset() {
    stopChurn();
    for (String cluster : demo.clusterNames()) {
      demo.auth(cluster).reset();
    }
    for (String zone : demo.zoneNames()) {
      restore(zone);
    }
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
