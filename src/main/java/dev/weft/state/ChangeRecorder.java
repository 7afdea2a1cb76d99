package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import java.util.List;

/// Receives every batch of changes the model applies, in order, right after it is applied and
/// before listeners are told. Feeding the same batches to a [Replayer] gives the same snapshots:
/// the hook for incident recording. Called on the applier thread: copy and return quickly.
@FunctionalInterface
public interface ChangeRecorder {
  /// @param snapshot the snapshot made after applying `batch`
  void recorded(List<ClusterChange> batch, FabricSnapshot snapshot);
}
