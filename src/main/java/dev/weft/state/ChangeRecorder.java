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

  /// As [#recorded(List, FabricSnapshot)], with what the snapshot added to the transition
  /// history (a recording keeps it, so a seek need not make every snapshot again).
  default void recorded(
      List<ClusterChange> batch, FabricSnapshot snapshot, ModelState.Derived derived) {
    recorded(batch, snapshot);
  }

  /// Whether the model should hand over a keyframe after `batch` (asked right after
  /// [#recorded]). The model offers one only after a batch that holds a clock tick: every
  /// placement was then rebuilt at the snapshot's instant, so a model restored from the
  /// keyframe makes the same snapshots.
  default boolean wantsKeyframe() {
    return false;
  }

  /// The model's whole state after the batch just recorded (or at the start, before any).
  default void keyframe(ModelState state) {}
}
