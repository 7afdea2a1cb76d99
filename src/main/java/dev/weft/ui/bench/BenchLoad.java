package dev.weft.ui.bench;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.FabricFeed;

/// Where `weft bench ui` gets its fabric and its pod events: the synthetic feed, or the embedded
/// demo's API read through informers and the live model.
///
/// Threading: [#start], [#events] and [#close] from the benchmark's thread; [#age] on the FX
/// thread, right after the pump applied `applied`.
interface BenchLoad extends AutoCloseable {
  /// What the window reads.
  FabricFeed feed();

  /// Whether the first snapshot with every zone answering has arrived (the demo syncs first).
  boolean ready();

  /// Starts `perSecond` pod events a second (0: none).
  void start(int perSecond);

  /// Pod events made so far.
  long events();

  /// How long ago the newest change visible in `applied` was made, in nanoseconds, or -1 when
  /// it shows no new change; `signalAge` is the pump's own figure (from the feed's signal).
  long age(FabricSnapshot applied, long signalAge);

  @Override
  void close();
}
