package dev.weft.bench;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.KeyOnlyStore;
import dev.weft.cluster.Projections;
import dev.weft.fabric.Fabric;
import dev.weft.state.Replayer;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Heap per watched pod of the two cache designs, measured in isolation: no servers, no HTTP,
/// so nothing but the cache and the model is counted. Both variants keep the same live model;
/// the lean one adds [KeyOnlyStore] entries, the full one the deserialized Pods that fabric8's
/// default item store keeps. Blocks; allocates a few hundred MB for 25,000 pods.
public final class CacheFootprint {
  private CacheFootprint() {}

  /// Bytes per pod for `pods` pods spread over the fabric's zones. A small unmeasured pass
  /// first warms Jackson's per-type metadata, which would otherwise count as the first variant's.
  public static long bytesPerPod(Fabric fabric, int pods, boolean lean)
      throws InterruptedException {
    measure(fabric, 500, lean);
    return measure(fabric, pods, lean);
  }

  private static long measure(Fabric fabric, int pods, boolean lean) throws InterruptedException {
    var serialization = new KubernetesSerialization();
    String template = BenchPods.template("app1", MockIngestTarget.NAMESPACE);
    Instant at = Instant.parse("2026-11-27T10:00:00Z");
    long before = IngestBenchmark.settledHeap();
    KeyOnlyStore<Pod> keys = new KeyOnlyStore<>(Pod::new);
    Map<String, Pod> full = new HashMap<>();
    Replayer model = new Replayer(fabric, at);
    int zones = fabric.zones().size();
    List<ClusterChange> batch = new ArrayList<>();
    for (int z = 0; z < zones; z++) {
      batch.add(
          new ClusterChange.LinkChanged(
              fabric.zones().get(z).name(), at, dev.weft.cluster.LinkPhase.LIVE, "", null));
    }
    for (int i = 0; i < pods; i++) {
      String name = "app1-7d9f8c6b5-" + Integer.toString(1_000_000 + i, 36);
      Pod pod = serialization.unmarshal(BenchPods.fill(template, name, "1.0.0", i), Pod.class);
      String key = keys.getKey(pod);
      if (lean) {
        keys.put(key, pod);
      } else {
        full.put(key, pod);
      }
      String zone = fabric.zones().get(i % zones).name();
      batch.add(new ClusterChange.PodUpserted(zone, at, Projections.pod(pod)));
    }
    var snapshot = model.apply(batch);
    batch = null;
    long after = IngestBenchmark.usedHeapAfterGc();
    // Keep everything reachable until measured.
    if (snapshot.version() < 0 || keys.size() + full.size() < 0) {
      throw new AssertionError();
    }
    return (after - before) / pods;
  }
}
