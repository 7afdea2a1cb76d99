package dev.weft.ui.bench;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.api.Json;
import dev.weft.demo.api.ResourceType;
import dev.weft.demo.api.StoreException;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.LiveFabric;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.FabricFeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import tools.jackson.databind.node.ObjectNode;

/// End to end: the embedded demo fabric (simulated API servers on loopback, in this process),
/// read by Weft's informers and live model as any cluster is. Each event writes one pod's image
/// tag into a zone's API store as `b<sequence>` and stamps the write's time; the pump's applied
/// snapshot is searched for the newest stamp it shows, so the latency runs from the API write to
/// the frame that shows it. The simulated control plane leaves image tags alone.
///
/// Threading: see [BenchLoad]; one writer thread makes the events.
final class DemoLoad implements BenchLoad {
  private static final int MAX_STAMPS = 1 << 22;
  private final RunningDemo demo;
  private final LiveFabric live;
  private final List<String> zones;
  private final List<List<String>> pods = new ArrayList<>();
  private final AtomicLongArray writtenAt = new AtomicLongArray(MAX_STAMPS);
  private final AtomicLong events = new AtomicLong();
  private final Map<String, Long> seenPerZone = new HashMap<>();
  private final long heapBeforeWindow;
  private volatile boolean running;
  private Thread writer;

  DemoLoad(int zones, int apps, int replicas) {
    this.demo =
        DemoFabric.start(
            DemoOptions.defaults().withZones(zones).withApps(apps).withReplicas(replicas));
    Fabric fabric =
        switch (new FabricReader().read(demo.fabricFile())) {
          case FabricReadResult.Valid valid -> valid.fabric();
          case FabricReadResult.Invalid invalid -> {
            demo.close();
            throw new IllegalStateException("the demo wrote an invalid fabric");
          }
        };
    this.zones = demo.zoneNames();
    for (String zone : this.zones) {
      pods.add(
          demo.store(zone).list(ResourceType.PODS, demo.namespace(), pod -> true).stream()
              .map(Json::name)
              .toList());
    }
    // The demo's simulated API servers share this process: their heap, said apart by --idle.
    this.heapBeforeWindow = IdleBench.heapAfterGc().getUsed();
    this.live = LiveFabric.open(fabric, KubeconfigSource.forFabric(fabric));
  }

  /// Heap in use after GC once the demo ran and before Weft's informers started, in bytes.
  long heapBeforeWindow() {
    return heapBeforeWindow;
  }

  @Override
  public FabricFeed feed() {
    return new FabricFeed() {
      @Override
      public FabricSnapshot current() {
        return live.current();
      }

      @Override
      public AutoCloseable onChange(Runnable listener) {
        return live.onChange(listener);
      }
    };
  }

  @Override
  public boolean ready() {
    FabricSnapshot s = live.current();
    return !s.zones().isEmpty()
        && s.zones().values().stream()
            .allMatch(z -> z.connection().phase() == ConnectionPhase.LIVE);
  }

  @Override
  public void start(int perSecond) {
    if (perSecond <= 0) {
      return;
    }
    running = true;
    writer =
        Thread.ofPlatform()
            .daemon()
            .name("weft-bench-writes")
            .start(
                () -> {
                  SplittableRandom random = new SplittableRandom(5);
                  long start = System.nanoTime();
                  long sent = 0;
                  while (running) {
                    long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
                    for (; sent < due && running; sent++) {
                      write(random);
                    }
                    try {
                      Thread.sleep(1);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  private void write(SplittableRandom random) {
    int zone = random.nextInt(zones.size());
    List<String> names = pods.get(zone);
    if (names.isEmpty()) {
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    long seq = events.incrementAndGet() % MAX_STAMPS;
    writtenAt.set((int) seq, System.nanoTime());
    try {
      demo.store(zones.get(zone))
          .modify(
              ResourceType.PODS,
              demo.namespace(),
              name,
              pod -> {
                ObjectNode container = (ObjectNode) pod.path("spec").path("containers").get(0);
                String image = Json.text(container, "image");
                container.put("image", image.substring(0, image.lastIndexOf(':') + 1) + "b" + seq);
                return pod;
              });
    } catch (StoreException gone) {
      // The simulator replaced that pod; the next event picks another.
    }
  }

  @Override
  public long events() {
    return events.get();
  }

  @Override
  public long age(FabricSnapshot applied, long signalAge) {
    // The oldest stamp this snapshot shows for the first time: the change that waited longest.
    long oldest = Long.MAX_VALUE;
    for (ZoneSnapshot zone : applied.zones().values()) {
      long seen = seenPerZone.getOrDefault(zone.name(), -1L);
      long max = seen;
      for (PlacementSnapshot p : zone.placements().values()) {
        for (String tag : p.versions().keySet()) {
          long seq = tag.length() > 1 && tag.charAt(0) == 'b' ? parse(tag) : -1;
          if (seq > seen) {
            max = Math.max(max, seq);
            oldest = Math.min(oldest, seq);
          }
        }
      }
      seenPerZone.put(zone.name(), max);
    }
    return oldest == Long.MAX_VALUE
        ? -1
        : System.nanoTime() - writtenAt.get((int) (oldest % MAX_STAMPS));
  }

  private static long parse(String tag) {
    try {
      return Long.parseLong(tag, 1, tag.length(), 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    running = false;
    if (writer != null) {
      writer.interrupt();
    }
    live.close();
    demo.close();
  }
}
