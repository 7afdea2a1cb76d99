package dev.weft.demo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/// Pod churn: every 100 ms, replaces the due number of random pods spread over the chosen zones
/// (a rolling replacement that keeps every app's ready pods), until the duration ends or [#stop].
// Its own daemon thread; thread-safe.
final class Churn {
  private static final long TICK_MS = 100;

  private final ScheduledExecutorService timer;
  private final List<DemoZone> zones;
  private final double perTick;
  private final long ticks;
  private double owed;
  private long tick;
  private int next;

  private Churn(List<DemoZone> zones, double podsPerSecond, Duration duration) {
    this.zones = zones;
    this.perTick = podsPerSecond * TICK_MS / 1000.0;
    this.ticks = Math.max(1, duration.toMillis() / TICK_MS);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "weft-demo-churn");
              t.setDaemon(true);
              return t;
            });
  }

  static Churn start(List<DemoZone> zones, double podsPerSecond, Duration duration) {
    Churn churn = new Churn(zones, podsPerSecond, duration);
    churn.timer.scheduleAtFixedRate(churn::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
    return churn;
  }

  private void tick() {
    if (tick++ >= ticks) {
      timer.shutdown();
      return;
    }
    owed += perTick;
    int due = (int) owed;
    owed -= due;
    // Round-robin over zones so that a low rate still reaches every zone.
    int[] perZone = new int[zones.size()];
    for (int i = 0; i < due; i++) {
      perZone[next++ % zones.size()]++;
    }
    for (int i = 0; i < perZone.length; i++) {
      if (perZone[i] > 0) {
        zones.get(i).simulator().replaceRandomPods(perZone[i]);
      }
    }
  }

  boolean running() {
    return !timer.isShutdown();
  }

  void stop() {
    timer.shutdownNow();
  }
}
