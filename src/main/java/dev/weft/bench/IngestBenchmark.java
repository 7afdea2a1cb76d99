package dev.weft.bench;

import dev.weft.cluster.ClusterChange;
import dev.weft.cluster.LinkTiming;
import dev.weft.state.ChangeRecorder;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.LiveFabric;
import dev.weft.state.ModelState;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/// Measures the live model's ingest against an [IngestTarget]: time to the first fully synced
/// model, event-to-model latency under a steady pod event rate, and retained heap per watched
/// pod. Runs one variant at a time (lean or fabric8's full-object cache) in this JVM; blocks.
public final class IngestBenchmark {
  /// What one run measured.
  ///
  /// @param synced from open to every zone LIVE with every pod in the model
  /// @param p50 median event-to-model latency, from the server-side update to the published
  ///     snapshot that shows it
  /// @param bytesPerPod the heap the running live model holds (its informers, stores, clients,
  ///     model and snapshot), divided by the watched pods: used heap after full collections
  ///     with the model synced and reachable, minus the same just before it opened
  public record Result(
      String variant,
      Duration synced,
      Duration p50,
      Duration p99,
      int eventsSent,
      int eventsSeen,
      double achievedRate,
      long bytesPerPod) {}

  private static final AtomicInteger RUNS = new AtomicInteger();

  private IngestBenchmark() {}

  /// @param rate pod update events per second, spread evenly over the zones
  public static Result run(IngestTarget bench, boolean lean, int rate, Duration load)
      throws InterruptedException, TimeoutException {
    return run(bench, lean, rate, load, null);
  }

  /// As [#run], with `also` recording every batch beside the measurement (`weft bench record`).
  public static Result run(
      IngestTarget bench, boolean lean, int rate, Duration load, ChangeRecorder also)
      throws InterruptedException, TimeoutException {
    int expected = bench.zones() * bench.podsPerZone();
    int maxEvents = (int) (rate * load.toSeconds()) + rate;
    long[] sentAt = new long[maxEvents];
    long[] latency = new long[maxEvents];
    AtomicInteger seen = new AtomicInteger();
    // Tags differ between runs: an update to the same content would be a no-op, and no event.
    String run = "-" + RUNS.incrementAndGet();
    // Probes answer late when two cores serve ten API servers and both models: a longer probe
    // timeout keeps the benchmark from measuring reconnect storms instead of ingest.
    LinkTiming d = LinkTiming.defaults();
    LinkTiming timing =
        new LinkTiming(
            d.tick(),
            d.idleBeforeProbe(),
            Duration.ofSeconds(15),
            d.backoffBase(),
            d.backoffCap(),
            Duration.ofSeconds(60));
    var options = new LiveFabric.Options(timing, Clock.systemUTC(), Duration.ofMinutes(5), lean);
    long heapBefore = settledHeap();
    long start = System.nanoTime();
    try (LiveFabric live =
        LiveFabric.open(
            bench.fabric(),
            bench.kubeconfig(),
            options,
            new ChangeRecorder() {
              @Override
              public void recorded(List<ClusterChange> batch, FabricSnapshot snapshot) {
                recorded(batch, snapshot, ModelState.Derived.NONE);
              }

              @Override
              public void recorded(
                  List<ClusterChange> batch, FabricSnapshot snapshot, ModelState.Derived derived) {
                measure(batch);
                if (also != null) {
                  also.recorded(batch, snapshot, derived);
                }
              }

              @Override
              public boolean wantsKeyframe() {
                return also != null && also.wantsKeyframe();
              }

              @Override
              public void keyframe(ModelState state) {
                if (also != null) {
                  also.keyframe(state);
                }
              }

              private void measure(List<ClusterChange> batch) {
                long now = System.nanoTime();
                for (ClusterChange change : batch) {
                  if (change instanceof ClusterChange.PodUpserted p
                      && p.pod().version().startsWith("s")
                      && p.pod().version().endsWith(run)) {
                    String tag = p.pod().version();
                    int seq = Integer.parseInt(tag.substring(1, tag.length() - run.length()));
                    if (seq < maxEvents && latency[seq] == 0 && sentAt[seq] != 0) {
                      latency[seq] = Math.max(1, now - sentAt[seq]);
                      seen.incrementAndGet();
                    }
                  }
                }
              }
            })) {
      waitUntil(() -> synced(live.current(), expected), Duration.ofSeconds(120));
      Duration synced = Duration.ofNanos(System.nanoTime() - start);
      long heapSynced = usedHeapAfterGc();
      // The model, its informers and their stores stay reachable until measured.
      Reference.reachabilityFence(live);

      int sent = drive(bench, rate, load, sentAt, run);
      try {
        waitUntil(() -> seen.get() >= sent, Duration.ofSeconds(10));
      } catch (TimeoutException e) {
        // Reported as sent/seen: events the model never showed count as lost, not as slow.
      }
      long[] measured = Arrays.stream(latency, 0, sent).filter(l -> l > 0).sorted().toArray();
      // What the running model held once synced. Per-JVM caches warmed by an earlier run
      // (Jackson's type metadata) are in both figures: run a warm-up first.
      long bytesPerPod = (heapSynced - heapBefore) / expected;
      return new Result(
          lean ? "Weft lean cache" : "fabric8 full-object cache",
          synced,
          percentile(measured, 0.50),
          percentile(measured, 0.99),
          sent,
          measured.length,
          sent / (double) load.toSeconds(),
          bytesPerPod);
    }
  }

  /// Sends `rate` updates per second for `load`, round robin over zones and pods.
  private static int drive(IngestTarget bench, int rate, Duration load, long[] sentAt, String run) {
    long start = System.nanoTime();
    long end = start + load.toNanos();
    int sent = 0;
    int zones = bench.zones();
    while (System.nanoTime() < end && sent < sentAt.length) {
      long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
      while (sent < due && sent < sentAt.length) {
        int zone = sent % zones;
        int pod = (sent / zones) % bench.podsPerZone();
        sentAt[sent] = System.nanoTime();
        if (!bench.touch(zone, pod, "s" + sent + run)) {
          sentAt[sent] = 0;
        }
        sent++;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    return sent;
  }

  static boolean synced(FabricSnapshot s, int expectedPods) {
    int pods = 0;
    for (ZoneSnapshot z : s.zones().values()) {
      if (z.connection().phase() != ConnectionPhase.LIVE) {
        return false;
      }
      for (PlacementSnapshot p : z.placements().values()) {
        pods += p.pods().size();
      }
    }
    return pods >= expectedPods;
  }

  private static Duration percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Duration.ZERO;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return Duration.ofNanos(sorted[Math.max(0, i)]);
  }

  private interface Condition {
    boolean met();
  }

  private static void waitUntil(Condition condition, Duration timeout)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.met()) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("not reached within " + timeout);
      }
      Thread.sleep(2);
    }
  }

  /// The live heap once an earlier run's clients finished closing (they close on threads of
  /// their own): collected again until it stops falling, at most five times.
  static long settledHeap() throws InterruptedException {
    long heap = usedHeapAfterGc();
    for (int i = 0; i < 4; i++) {
      Thread.sleep(200);
      long again = usedHeapAfterGc();
      if (again >= heap - heap / 100) {
        return Math.min(heap, again);
      }
      heap = again;
    }
    return heap;
  }

  /// The live heap: what every heap pool held right after the last of three full collections
  /// (`getCollectionUsage`, not `getUsage`, which also counts allocation since then).
  static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    long used = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP
          && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }
}
