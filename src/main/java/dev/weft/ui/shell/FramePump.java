package dev.weft.ui.shell;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricFeed;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/// The one pump between the live model and the view models. The feed's change signal only sets
/// a flag (on the model's thread); once per pulse, on the FX thread, the pump reads the latest
/// snapshot if the flag is set and hands it to `apply`. However many events arrive, the view
/// models see at most one snapshot per frame, and never a stale one.
///
/// It also calls `tick` about once a second for time-dependent wording, and `everyFrame` on
/// every pulse (log tails drain there).
///
/// Threading: construct, [#setFeed], [#start] and [#stop] on the FX thread.
public final class FramePump extends AnimationTimer {
  private final Consumer<FabricSnapshot> apply;
  private final Consumer<Instant> tick;
  private final Runnable everyFrame;
  private final Clock clock;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final AtomicLong firstChangeNanos = new AtomicLong();
  private FabricFeed feed;
  private AutoCloseable subscription;
  private long lastVersion = Long.MIN_VALUE;
  private long lastTickNanos;
  private long lastApplyNanos;
  private LatencyListener latencyListener = nanos -> {};

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

  private void signal() {
    firstChangeNanos.compareAndSet(0, System.nanoTime());
    dirty.set(true);
  }

  @Override
  public void handle(long now) {
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
    if (now - lastTickNanos > 1_000_000_000L) {
      lastTickNanos = now;
      tick.accept(clock.instant());
    }
    everyFrame.run();
  }

  @Override
  public void stop() {
    super.stop();
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
