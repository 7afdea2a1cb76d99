package dev.weft.ui.replay;

import dev.weft.state.FabricSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// What replay reads: a recording (the one the window writes, or one someone sent), or a fake in
/// tests. Every method may block on the disk.
///
/// Threading: one thread at a time, never the FX thread (the [ReplaySeeker]'s).
public interface ReplaySource extends AutoCloseable {
  /// The first and last recorded instants; empty while nothing is recorded.
  Optional<Instant[]> span();

  /// The fabric as it was at `t`; empty before the first recorded instant.
  Optional<FabricSnapshot> at(Instant t);

  /// The actions of the journal applied from `from` to `to`, oldest first.
  List<Marker> actions(Instant from, Instant to);

  /// The first health change or action strictly after `t`.
  Optional<Instant> nextChange(Instant t);

  /// The last health change or action strictly before `t`.
  Optional<Instant> previousChange(Instant t);

  @Override
  void close();

  /// An action on the timeline: when it was applied and what it was (`drain gz-1 by alice:
  /// DONE`).
  record Marker(Instant at, String text) {}
}
