package dev.weft.ui.bench;

import dev.weft.fabric.Fabric;
import dev.weft.ui.FabricFeed;
import dev.weft.ui.FabricSession;
import dev.weft.ui.FabricSessions;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.shell.MainWindow;
import dev.weft.ui.shell.ShellViewModel;
import dev.weft.ui.shell.UiSettings;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/// `weft bench ui`: the whole window, headless, on a 10 zone × 50 app fabric while pod events
/// arrive at a fixed rate. Prints pulse time (FX-thread work per frame: animation, pump, CSS and
/// layout; rendering runs on its own thread) and event-to-pixel latency (from an event's signal
/// to the end of layout of the frame that shows it), p50 and p99. A benchmark, not a test.
///
/// Threading: [#run] blocks the calling thread (not the FX thread) for `duration` plus warm-up.
public final class BenchUi {
  private BenchUi() {}

  /// The measurements; milliseconds.
  public record Result(
      long events,
      int frames,
      double frameP50,
      double frameP99,
      double e2pP50,
      double e2pP99,
      double pumpP50,
      double pumpP99,
      double cssLayoutP50,
      double cssLayoutP99) {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    run(Duration.ofSeconds(seconds), 2000, System.out);
    System.exit(0);
  }

  public static Result run(Duration duration, int eventsPerSecond, PrintStream out) {
    SyntheticFeed feed = new SyntheticFeed(SampleSnapshots.large(10, 50, java.time.Instant.now()));
    Percentiles frames = new Percentiles();
    Percentiles latency = new Percentiles();
    Percentiles pump = new Percentiles();
    Percentiles cssLayout = new Percentiles();
    AtomicLong pulseStart = new AtomicLong();
    AtomicLong signalAt = new AtomicLong();
    boolean[] measuring = {false};
    Stage[] stage = new Stage[1];
    HeadlessFx.call(
        () -> {
          // Started before the window's pump, so it runs first in every pulse.
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              pulseStart.set(System.nanoTime());
            }
          }.start();
          FabricSession session = session(feed);
          ShellViewModel vm =
              new ShellViewModel(sessions(session), session, Runnable::run, Runnable::run);
          stage[0] = new Stage();
          Preferences prefs = Preferences.userRoot().node("dev/weft/bench");
          // The headless screen is 1000 x 1000; a window must fit on it to be drawn.
          prefs.putBoolean("muted", Boolean.getBoolean("weft.bench.notify") == false);
          prefs.putDouble("x", 0);
          prefs.putDouble("y", 0);
          prefs.putDouble("width", 1000);
          prefs.putDouble("height", 960);
          MainWindow window =
              new MainWindow(stage[0], vm, new UiSettings(prefs), Clock.systemUTC());
          window.pump().setLatencyListener(nanos -> signalAt.set(System.nanoTime() - nanos));
          stage[0]
              .getScene()
              .addPostLayoutPulseListener(
                  () -> {
                    long end = System.nanoTime();
                    if (!measuring[0]) {
                      return;
                    }
                    if (pulseStart.get() != 0) {
                      frames.add(end - pulseStart.get());
                    }
                    long applied = window.pump().lastApplyNanos();
                    pump.add(applied);
                    cssLayout.add(Math.max(0, end - pulseStart.get() - applied));
                    long signal = signalAt.getAndSet(0);
                    if (signal != 0) {
                      latency.add(end - signal);
                    }
                  });
          stage[0].show();
          return null;
        });
    feed.start(eventsPerSecond);
    // The first CSS pass over 500 nodes is not what users see every frame: let it settle.
    sleep(Duration.ofSeconds(5));
    HeadlessFx.call(() -> measuring[0] = true);
    long before = feed.events();
    sleep(duration);
    Result result =
        HeadlessFx.call(
            () -> {
              measuring[0] = false;
              stage[0].hide();
              return new Result(
                  feed.events() - before,
                  frames.size(),
                  frames.millis(50),
                  frames.millis(99),
                  latency.millis(50),
                  latency.millis(99),
                  pump.millis(50),
                  pump.millis(99),
                  cssLayout.millis(50),
                  cssLayout.millis(99));
            });
    feed.close();
    out.printf(
        "weft bench ui: 10 zones x 50 apps, %d pod events/s for %d s (%d events, %d frames)%n",
        eventsPerSecond, duration.toSeconds(), result.events(), result.frames());
    out.printf(
        "  pulse time      p50 %6.2f ms   p99 %6.2f ms   (target p99 <= 16.7 ms)%n",
        result.frameP50(), result.frameP99());
    out.printf(
        "    of which pump p50 %6.2f ms   p99 %6.2f ms; CSS+layout p50 %6.2f ms   p99 %6.2f ms%n",
        result.pumpP50(), result.pumpP99(), result.cssLayoutP50(), result.cssLayoutP99());
    out.printf(
        "  event-to-pixel  p50 %6.2f ms   p99 %6.2f ms   (target p99 <= 100 ms)%n",
        result.e2pP50(), result.e2pP99());
    return result;
  }

  private static FabricSession session(FabricFeed feed) {
    return new FabricSession() {
      @Override
      public FabricFeed feed() {
        return feed;
      }

      @Override
      public void close() {}
    };
  }

  private static FabricSessions sessions(FabricSession session) {
    return new FabricSessions() {
      @Override
      public FabricSession connect(Fabric fabric) {
        return session;
      }

      @Override
      public FabricSession demo() {
        return session;
      }
    };
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
