package dev.weft.ui.overview;

import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.bench.SyntheticFeed;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.UiSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/// The whole window, headless, showing the overview matrix (or the map) of a `zones` × `apps`
/// sample fabric while the synthetic feed plays pod events, as `weft bench ui` does for the map.
/// Prints the interval between pulses (a pulse waits for the previous frame's rendering, so this
/// is the frame time a user sees), the FX thread's work per pulse (pump, CSS, layout) and the
/// pump's share, and event-to-layout latency; p50 and p99. A benchmark, not a test. Run from the
/// test class path: `java … dev.weft.ui.overview.MatrixBench [ZONES APPS RATE SECONDS matrix|map]`.
public final class MatrixBench {
  private MatrixBench() {}

  public static void main(String[] args) {
    int zones = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int apps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    boolean matrix = args.length <= 4 || args[4].equals("matrix");
    try {
      run(zones, apps, rate, Duration.ofSeconds(seconds), matrix);
    } finally {
      System.exit(0);
    }
  }

  private static void run(int zones, int apps, int rate, Duration duration, boolean matrix) {
    SyntheticFeed feed = new SyntheticFeed(SampleSnapshots.large(zones, apps, Instant.now()));
    Percentiles interval = new Percentiles();
    Percentiles work = new Percentiles();
    Percentiles pump = new Percentiles();
    Percentiles latency = new Percentiles();
    AtomicLong pulseStart = new AtomicLong();
    AtomicLong signalAt = new AtomicLong();
    boolean[] measuring = {false};
    Stage[] stage = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    HeadlessFx.call(
        () -> {
          // Started before the window's pump, so it runs first in every pulse.
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              long previous = pulseStart.getAndSet(System.nanoTime());
              if (measuring[0] && previous != 0) {
                interval.add(pulseStart.get() - previous);
              }
            }
          }.start();
          FabricSession session = FabricSession.watching(feed);
          ShellViewModel vm =
              new ShellViewModel(
                  FabricSessions.always(session), session, Runnable::run, Runnable::run);
          stage[0] = new Stage();
          Preferences prefs = Preferences.userRoot().node("dev/weft/bench-matrix");
          prefs.putBoolean("muted", true);
          prefs.putDouble("x", 0);
          prefs.putDouble("y", 0);
          prefs.putDouble("width", 1000);
          prefs.putDouble("height", 960);
          window[0] = new MainWindow(stage[0], vm, new UiSettings(prefs), Clock.systemUTC());
          window[0].pump().setLatencyListener(n -> signalAt.set(System.nanoTime() - n));
          vm.matrix()
              .showingProperty()
              .addListener(
                  (o, a, on) -> {
                    if (on != matrix) {
                      vm.matrix().showingProperty().set(matrix);
                    }
                  });
          stage[0]
              .getScene()
              .addPostLayoutPulseListener(
                  () -> {
                    if (!measuring[0]) {
                      return;
                    }
                    long end = System.nanoTime();
                    work.add(end - pulseStart.get());
                    pump.add(window[0].pump().lastApplyNanos());
                    long signal = signalAt.getAndSet(0);
                    if (signal != 0) {
                      latency.add(end - signal);
                    }
                  });
          stage[0].show();
          return null;
        });
    feed.start(rate);
    // The first snapshot lays out the map too (ELK, seconds at 2,000 placements): wait for it.
    while (HeadlessFx.call(() -> window[0].view().matrix().cellsDrawn() == 0 && matrix)) {
      sleep(Duration.ofMillis(200));
    }
    sleep(Duration.ofSeconds(5));
    HeadlessFx.call(() -> measuring[0] = true);
    long before = feed.events();
    sleep(duration);
    HeadlessFx.call(
        () -> {
          measuring[0] = false;
          stage[0].hide();
          return null;
        });
    long events = feed.events() - before;
    feed.close();
    System.out.printf(
        "matrix bench: %s, %d zones x %d apps, %d events/s for %d s (%d events, %d frames, %.1f"
            + " frames/s)%n",
        matrix ? "matrix" : "map",
        zones,
        apps,
        rate,
        duration.toSeconds(),
        events,
        interval.size(),
        interval.size() / (double) duration.toSeconds());
    row("frame interval", interval);
    row("FX work/pulse", work);
    row("  of which pump", pump);
    row("event-to-layout", latency);
  }

  private static void row(String name, Percentiles p) {
    System.out.printf("  %-16s p50 %7.2f ms   p99 %7.2f ms%n", name, p.millis(50), p.millis(99));
  }

  /// Nanosecond samples; percentiles in milliseconds. FX thread only.
  private static final class Percentiles {
    private final java.util.List<Long> samples = new java.util.ArrayList<>();

    void add(long nanos) {
      samples.add(nanos);
    }

    int size() {
      return samples.size();
    }

    double millis(int percentile) {
      if (samples.isEmpty()) {
        return Double.NaN;
      }
      java.util.List<Long> sorted = samples.stream().sorted().toList();
      int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.clamp(i, 0, sorted.size() - 1)) / 1e6;
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
