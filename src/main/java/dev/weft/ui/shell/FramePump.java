package dev.weft.ui.shell;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricFeed;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/// The one pump between the live model and the view models. The feed's change signal only sets
/// a flag and asks JavaFX for a pulse (on the model's thread); in that pulse, on the FX thread
/// before CSS and layout, the pump reads the latest snapshot and hands it to `apply`. However
/// many events arrive, the view models see at most one snapshot per frame, and never a stale
/// one. When nothing changes, nothing asks for a pulse: an idle window costs no frames (an
/// `AnimationTimer` would keep JavaFX pulsing 60 times a second for nothing).
///
/// It also calls `tick` about once a second for time-dependent wording (on the FX thread, outside
/// a pulse, so that a second that changes no text costs no frame), and `everyFrame` in every
/// pulse (log tails drain there; [#wake] asks for a pulse when a line arrives).
///
/// Threading: construct, [#setFeed], [#start] and [#stop] on the FX thread; [#wake] from any.
public final class FramePump {
  private final Consumer<FabricSnapshot> apply;
  private final Consumer<Instant> tick;
  private final Runnable everyFrame;
  private final Clock clock;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final AtomicBoolean tickDue = new AtomicBoolean();
  private final AtomicLong firstChangeNanos = new AtomicLong();
  private final Runnable pulse = this::pulse;
  private FabricFeed feed;
  private AutoCloseable subscription;
  private long lastVersion = Long.MIN_VALUE;
  private long lastApplyNanos;
  private LatencyListener latencyListener = nanos -> {};
  private Scene scene;
  private ScheduledExecutorService ticker;

  /// Told, after each applied snapshot, how long ago the first change behind it was signalled.
  @FunctionalInterface
  public interface LatencyListener {
    void applied(long nanosSinceSignal);
  }

  public FramePump(
      Consumer<FabricSnapshot> apply, Consumer<Instant> tick, Runnable everyFrame, Clock clock) {
    this.apply = apply;
    this.tick = tick;
    this.everyFrame = everyFrame;
    this.clock = clock;
  }

  /// Switches to `next` (a newly opened fabric); the next pulse applies its current snapshot.
  public void setFeed(FabricFeed next) {
    closeSubscription();
    feed = next;
    lastVersion = Long.MIN_VALUE;
    if (next != null) {
      subscription = next.onChange(this::signal);
      signal();
    }
  }

  /// How long the view models took with the last snapshot applied (for `weft bench ui`).
  public long lastApplyNanos() {
    return lastApplyNanos;
  }

  public void setLatencyListener(LatencyListener listener) {
    this.latencyListener = listener;
  }

  /// Runs in `scene`'s pulses and ticks once a second until [#stop].
  public void start(Scene on) {
    scene = on;
    scene.addPreLayoutPulseListener(pulse);
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("weft-clock").factory());
    // The tick runs outside a pulse: a second in which no wording changes asks for no pulse
    // and draws nothing; one that changes a text gets its pulse from the scene as any change.
    ticker.scheduleAtFixedRate(
        () -> {
          if (!tickDue.getAndSet(true)) {
            Platform.runLater(this::tick);
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
    wake();
  }

  /// Asks for a pulse soon (something for `everyFrame` arrived). Any thread.
  public void wake() {
    Platform.requestNextPulse();
  }

  private void signal() {
    firstChangeNanos.compareAndSet(0, System.nanoTime());
    if (!dirty.getAndSet(true)) {
      Platform.requestNextPulse();
    }
  }

  private void pulse() {
    lastApplyNanos = 0;
    if (dirty.getAndSet(false) && feed != null) {
      long since = firstChangeNanos.getAndSet(0);
      FabricSnapshot snapshot = feed.current();
      if (snapshot != null && snapshot.version() != lastVersion) {
        lastVersion = snapshot.version();
        long start = System.nanoTime();
        apply.accept(snapshot);
        lastApplyNanos = System.nanoTime() - start;
        if (since != 0) {
          latencyListener.applied(System.nanoTime() - since);
        }
      }
    }
    everyFrame.run();
  }

  private void tick() {
    if (tickDue.getAndSet(false) && scene != null) {
      tick.accept(clock.instant());
    }
  }

  public void stop() {
    if (scene != null) {
      scene.removePreLayoutPulseListener(pulse);
      scene = null;
    }
    if (ticker != null) {
      ticker.shutdownNow();
    }
    closeSubscription();
  }

  private void closeSubscription() {
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception ignored) {
        // The feed is going away anyway.
      }
      subscription = null;
    }
  }
}
