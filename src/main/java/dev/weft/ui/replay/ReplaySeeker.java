package dev.weft.ui.replay;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricFeed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/// The replay's feed: seeks its [ReplaySource] on `worker`, never on the FX thread, and only
/// the latest instant asked for (a scrubber drag asks for hundreds; those asked while a seek
/// runs are dropped but the last). The pump reads [#current] as it reads the live model's.
///
/// Threading: [#request] and [#submit] from any thread; the source is only touched on `worker`,
/// which must run one task at a time. Change listeners run on `worker`.
public final class ReplaySeeker implements FabricFeed {
  private final Executor worker;
  private final AtomicReference<Instant> wanted = new AtomicReference<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile FabricSnapshot current;
  private volatile ReplaySource source;
  private final Consumer<String> failed;

  /// @param failed hears (on `worker`) why a seek failed: a file that went bad meanwhile
  public ReplaySeeker(Executor worker, Consumer<String> failed) {
    this.worker = worker;
    this.failed = failed;
  }

  /// Reads `next` from now on (closing the last one on `worker`); forgets what was shown.
  public void use(ReplaySource next) {
    ReplaySource old = source;
    source = next;
    current = null;
    if (old != null && old != next) {
      worker.execute(old::close);
    }
  }

  /// Forgets the moment shown (back to live), so the next replay shows no stale one first.
  public void forget() {
    wanted.set(null);
    current = null;
  }

  public ReplaySource source() {
    return source;
  }

  /// Asks for the fabric at `t`; the latest asked wins.
  public void request(Instant t) {
    wanted.set(t);
    if (!running.getAndSet(true)) {
      worker.execute(this::drain);
    }
  }

  private void drain() {
    try {
      for (Instant t = wanted.getAndSet(null); t != null; t = wanted.getAndSet(null)) {
        ReplaySource from = source;
        if (from == null) {
          continue;
        }
        Optional<FabricSnapshot> seen;
        try {
          seen = from.at(t);
        } catch (RuntimeException e) {
          failed.accept(e.getMessage() == null ? e.toString() : e.getMessage());
          continue;
        }
        if (seen.isPresent() && from == source) {
          current = seen.get();
          listeners.forEach(Runnable::run);
        }
      }
    } finally {
      running.set(false);
      if (wanted.get() != null && !running.getAndSet(true)) {
        worker.execute(this::drain);
      }
    }
  }

  /// Runs `task` on the source, on `worker`, after the seeks asked before it.
  public void submit(Consumer<ReplaySource> task) {
    worker.execute(
        () -> {
          ReplaySource from = source;
          if (from != null) {
            try {
              task.accept(from);
            } catch (RuntimeException e) {
              failed.accept(e.getMessage() == null ? e.toString() : e.getMessage());
            }
          }
        });
  }

  @Override
  public FabricSnapshot current() {
    return current;
  }

  @Override
  public AutoCloseable onChange(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
