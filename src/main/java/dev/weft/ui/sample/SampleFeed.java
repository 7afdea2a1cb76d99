package dev.weft.ui.sample;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricFeed;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/// A [FabricFeed] whose snapshot is set by hand: for samples, the benchmark and tests.
///
/// Threading: thread-safe; [#publish] signals listeners on the calling thread.
public final class SampleFeed implements FabricFeed {
  private final AtomicReference<FabricSnapshot> current;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public SampleFeed(FabricSnapshot initial) {
    this.current = new AtomicReference<>(initial);
  }

  /// Makes `next` current and signals every listener. Without its own history, `next` gets the
  /// transitions a model would have recorded since the current snapshot, and a version after it.
  public void publish(FabricSnapshot next) {
    FabricSnapshot previous = current.get();
    if (next.transitions().isEmpty() && previous.fabric().equals(next.fabric())) {
      long version = Math.max(next.version(), previous.version() + 1);
      next =
          SampleTransitions.between(
              previous,
              new FabricSnapshot(next.fabric(), version, next.at(), next.zones(), next.gateway()));
    }
    current.set(next);
    listeners.forEach(Runnable::run);
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
}
