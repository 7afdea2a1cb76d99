package dev.weft.demo;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// Scale benchmark of the demo fabric itself: 10 zones × 2,500 pods (5 apps × 500 replicas) with
/// one fabric8 pod informer per zone watching, as Weft would. Prints start time, heap after GC,
/// and, for rising churn rates, the event rate the stores produced and the informers received.
///
/// Excluded from `mvn test` (tag `bench`). Run with
/// `java -cp target/test-classes:target/classes:$(cat cp.txt) dev.weft.demo.DemoScaleBench`.
@Tag("bench")
class DemoScaleBench {
  @Test
  void tenZonesOf2500Pods() throws Exception {
    run(10, 5, 500, new int[] {1_000, 2_000, 4_000, 8_000}, Duration.ofSeconds(10));
  }

  public static void main(String[] args) throws Exception {
    int zones = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    new DemoScaleBench()
        .run(zones, 5, 500, new int[] {1_000, 2_000, 4_000, 8_000}, Duration.ofSeconds(10));
    System.exit(0);
  }

  void run(int zones, int apps, int replicas, int[] rates, Duration step) throws Exception {
    long t0 = System.nanoTime();
    DemoOptions options =
        DemoOptions.defaults()
            .withZones(zones)
            .withApps(apps)
            .withReplicas(replicas)
            .withOutDir(Files.createTempDirectory("weft-bench-"));
    try (RunningDemo demo = DemoFabric.start(options)) {
      long startMs = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf("start: %d zones x %d pods in %d ms%n", zones, apps * replicas, startMs);
      System.out.printf("heap after GC (demo only): %d MB%n", usedHeapMb());
      AtomicLong received = new AtomicLong();
      List<KubernetesClient> clients = new ArrayList<>();
      List<SharedIndexInformer<Pod>> informers = new ArrayList<>();
      long t1 = System.nanoTime();
      for (String zone : demo.zoneNames()) {
        KubernetesClient client = DemoClients.zoneClient(demo, zone);
        clients.add(client);
        informers.add(client.pods().inNamespace("health").inform(counting(received)));
      }
      for (SharedIndexInformer<Pod> informer : informers) {
        informer.hasSynced();
        while (!informer.hasSynced()) {
          Thread.sleep(10);
        }
      }
      System.out.printf(
          "informers synced (%d pods listed over HTTP) in %d ms%n",
          received.get(), (System.nanoTime() - t1) / 1_000_000);
      System.out.printf("heap after GC (demo + %d informers): %d MB%n", zones, usedHeapMb());
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      for (int rate : rates) {
        long storeBefore = demo.eventCount();
        long seenBefore = received.get();
        long cpuBefore = os.getProcessCpuTime();
        long s = System.nanoTime();
        demo.scenarios().churn(null, rate, step);
        Thread.sleep(step.toMillis());
        double seconds = (System.nanoTime() - s) / 1e9;
        long produced = demo.eventCount() - storeBefore;
        long seen = received.get() - seenBefore;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9 / seconds;
        System.out.printf(
            "churn asked %5d ev/s: stores made %6.0f ev/s, informers got %6.0f pod ev/s, "
                + "process CPU %.2f cores%n",
            rate, produced / seconds, seen / seconds, cpu);
        demo.scenarios().stopChurn();
        Thread.sleep(3_000);
      }
      informers.forEach(SharedIndexInformer::close);
      clients.forEach(KubernetesClient::close);
    }
  }

  private static ResourceEventHandler<Pod> counting(AtomicLong received) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {
        received.incrementAndGet();
      }

      @Override
      public void onUpdate(Pod old, Pod pod) {
        received.incrementAndGet();
      }

      @Override
      public void onDelete(Pod pod, boolean unknown) {
        received.incrementAndGet();
      }
    };
  }

  private static long usedHeapMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }
}
