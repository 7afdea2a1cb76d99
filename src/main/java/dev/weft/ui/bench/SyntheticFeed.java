package dev.weft.ui.bench;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.PodSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.FabricFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/// A feed that plays pod events against a snapshot at a fixed rate, as a busy fabric would:
/// each event flips one pod's readiness in one live zone, makes a new immutable snapshot and
/// signals. Used by `weft bench ui`.
///
/// Threading: [#start] runs one daemon thread; [#current] and [#onChange] are thread-safe.
public final class SyntheticFeed implements FabricFeed, AutoCloseable {
  private final AtomicReference<FabricSnapshot> current;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong events = new AtomicLong();
  private final SplittableRandom random = new SplittableRandom(3);
  private volatile boolean running;
  private Thread thread;

  public SyntheticFeed(FabricSnapshot initial) {
    this.current = new AtomicReference<>(initial);
  }

  /// Plays `perSecond` events a second, in batches every millisecond, until closed.
  public void start(int perSecond) {
    running = true;
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("weft-bench-events")
            .start(
                () -> {
                  long start = System.nanoTime();
                  long sent = 0;
                  while (running) {
                    long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
                    if (sent < due) {
                      current.set(next(current.get(), (int) (due - sent)));
                      events.addAndGet(due - sent);
                      sent = due;
                      listeners.forEach(Runnable::run);
                    }
                    try {
                      Thread.sleep(1);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  public long events() {
    return events.get();
  }

  /// `count` events on `s`, published as one snapshot: the live model also drains what arrived
  /// since its last batch and publishes once (a snapshot per event made garbage the live model
  /// does not make, and its collections paused the window).
  private FabricSnapshot next(FabricSnapshot s, int count) {
    List<String> live = new ArrayList<>();
    s.zones()
        .forEach(
            (name, z) -> {
              if (z.connection().phase() == ConnectionPhase.LIVE) {
                live.add(name);
              }
            });
    Map<String, SequencedMap<String, PlacementSnapshot>> touched = new HashMap<>();
    for (int e = 0; e < count; e++) {
      String zoneName = live.get(random.nextInt(live.size()));
      SequencedMap<String, PlacementSnapshot> placements =
          touched.computeIfAbsent(
              zoneName, z -> new LinkedHashMap<>(s.zones().get(z).placements()));
      int a = random.nextInt(placements.size());
      PlacementSnapshot p = placements.sequencedValues().stream().skip(a).findFirst().get();
      if (!p.pods().isEmpty()) {
        placements.put(p.app(), flipped(p));
      }
    }
    SequencedMap<String, ZoneSnapshot> zones = new LinkedHashMap<>(s.zones());
    touched.forEach(
        (name, placements) -> {
          ZoneSnapshot zone = zones.get(name);
          zones.put(name, new ZoneSnapshot(name, zone.connection(), zone.health(), placements));
        });
    return new FabricSnapshot(s.fabric(), s.version() + 1, Instant.now(), zones, s.gateway());
  }

  /// `p` with one random pod's readiness flipped, and its health following.
  private PlacementSnapshot flipped(PlacementSnapshot p) {
    int i = random.nextInt(p.pods().size());
    List<PodSnapshot> pods = new ArrayList<>(p.pods());
    PodSnapshot pod = pods.get(i);
    pods.set(
        i,
        new PodSnapshot(
            pod.name(),
            pod.phase(),
            !pod.ready(),
            pod.restarts(),
            pod.waitingReason(),
            pod.createdAt(),
            pod.node(),
            pod.version(),
            pod.lastWarning()));
    int ready = (int) pods.stream().filter(PodSnapshot::ready).count();
    Health health =
        ready == p.desired() ? Health.HEALTHY : ready == 0 ? Health.DOWN : Health.DEGRADED;
    return new PlacementSnapshot(
        p.app(),
        p.zone(),
        p.desired(),
        ready,
        ready,
        p.updated(),
        p.versions(),
        p.restartsLast10m(),
        pods,
        p.conditions(),
        p.warnings(),
        health,
        p.atRisk(),
        p.reroutes());
  }

  @Override
  public FabricSnapshot current() {
    return current.get();
  }

  @Override
  public AutoCloseable onChange(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
