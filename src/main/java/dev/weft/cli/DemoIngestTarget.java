package dev.weft.cli;

import dev.weft.bench.IngestTarget;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.api.Json;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/// The ingest benchmark on the embedded demo fabric: fabric8's HTTP and WebSocket serving in
/// front of the demo's indexed store, so the figures measure Weft rather than a slow simulator.
/// Five apps per zone, `podsPerZone / 5` replicas each, seeded Running and Ready; Weft reaches
/// the demo through its `fabric.yaml` and `kubeconfig`, as it reaches real clusters.
///
/// [#touch] rewrites a pod's first container image tag straight in the zone's store. The
/// simulated control plane leaves that alone: replica sets own pods by owner reference, not by
/// image, and only an image tag ending in `-bad` makes the kubelet crash a pod. It does reconcile
/// the touched pod's app after each batch of changes (listing the zone's pods), so the demo runs
/// with realistic timings but gathers changes for a second, not 100 ms: pods are seeded Ready
/// and nothing else moves, and at 2,000 events/s that reconciling would otherwise take CPU from
/// the model being measured. Not thread-safe: one thread starts, touches and closes it.
final class DemoIngestTarget implements IngestTarget {
  static final int APPS = 5;

  private final RunningDemo demo;
  private final Fabric fabric;
  private final KubeconfigSource kubeconfig;
  private final List<String> zoneNames;
  private final List<List<String>> podNames = new ArrayList<>();
  private final int podsPerZone;

  private DemoIngestTarget(RunningDemo demo) {
    this.demo = demo;
    this.fabric =
        switch (new FabricReader().read(demo.fabricFile())) {
          case FabricReadResult.Valid valid -> valid.fabric();
          case FabricReadResult.Invalid invalid ->
              throw new IllegalStateException(
                  "the demo wrote an invalid fabric: " + invalid.errors().getFirst().format());
        };
    this.kubeconfig = KubeconfigSource.forFabric(fabric);
    this.zoneNames = fabric.zones().stream().map(dev.weft.fabric.Zone::name).toList();
    int fewest = Integer.MAX_VALUE;
    for (String zone : zoneNames) {
      List<String> names =
          demo.store(zone).list(ResourceType.PODS, demo.namespace(), pod -> true).stream()
              .map(Json::name)
              .sorted(Comparator.naturalOrder())
              .toList();
      podNames.add(names);
      fewest = Math.min(fewest, names.size());
    }
    this.podsPerZone = fewest;
  }

  /// Starts a demo of `zones` zones with about `podsPerZone` pods each (a multiple of five);
  /// its files go to `dir`.
  static DemoIngestTarget start(int zones, int podsPerZone, Path dir) {
    RunningDemo demo =
        DemoFabric.start(
            DemoOptions.defaults()
                .withZones(zones)
                .withApps(APPS)
                .withReplicas(podsPerZone / APPS)
                .withOutDir(dir)
                .withTimings(timings()));
    try {
      return new DemoIngestTarget(demo);
    } catch (RuntimeException e) {
      demo.close();
      throw e;
    }
  }

  private static Timings timings() {
    Timings t = Timings.realistic();
    return new Timings(
        t.pendingMin(),
        t.pendingMax(),
        t.readyMin(),
        t.readyMax(),
        t.crashInterval(),
        Duration.ofSeconds(1));
  }

  @Override
  public Fabric fabric() {
    return fabric;
  }

  @Override
  public KubeconfigSource kubeconfig() {
    return kubeconfig;
  }

  @Override
  public int zones() {
    return zoneNames.size();
  }

  @Override
  public int podsPerZone() {
    return podsPerZone;
  }

  @Override
  public boolean touch(int zone, int index, String tag) {
    String name = podNames.get(zone).get(index);
    try {
      demo.store(zoneNames.get(zone))
          .modify(
              ResourceType.PODS,
              demo.namespace(),
              name,
              pod -> {
                ObjectNode container = (ObjectNode) pod.path("spec").path("containers").get(0);
                container.put("image", withTag(Json.text(container, "image"), tag));
                return pod;
              });
      return true;
    } catch (StoreException gone) {
      return false;
    }
  }

  /// `registry.example/health/app1:1.4.2` with tag `s7-1` → `registry.example/health/app1:s7-1`.
  static String withTag(String image, String tag) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return (colon > slash ? image.substring(0, colon) : image) + ":" + tag;
  }

  @Override
  public void close() {
    demo.close();
  }
}
