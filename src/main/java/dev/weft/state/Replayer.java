package dev.weft.state;

import dev.weft.cluster.ClusterChange;
import dev.weft.fabric.Fabric;
import java.time.Instant;
import java.util.List;

/// Replays recorded batches of changes into snapshots, without any cluster: incident replay,
/// and the proof that the model is a pure function of its changes. Not thread-safe.
public final class Replayer {
  private final FabricModel model;

  /// @param start the instant the recorded model started at (its first snapshot's `at`)
  public Replayer(Fabric fabric, Instant start) {
    this.model = new FabricModel(fabric, start);
  }

  /// Continues from a keyframe: the model as it was when `state` was exported.
  public Replayer(Fabric fabric, ModelState state) {
    this.model = new FabricModel(fabric, state);
  }

  /// The snapshot of what was applied so far.
  public FabricSnapshot snapshot() {
    return model.snapshot();
  }

  /// Applies changes without making a snapshot (seeking: only the last one is wanted).
  public void applyOnly(List<ClusterChange> batch) {
    batch.forEach(model::apply);
  }

  /// Seeking: applies a recorded batch with what its snapshot added to the transition history,
  /// without making the snapshot ([#replayedSnapshot] makes the last one).
  public void applyRecorded(List<ClusterChange> batch, ModelState.Derived derived) {
    model.applyRecorded(batch, derived);
  }

  /// The snapshot the recorded model made after the batches given to [#applyRecorded].
  public FabricSnapshot replayedSnapshot() {
    return model.replayedSnapshot();
  }

  /// What the last snapshot made here added to the transition history.
  public ModelState.Derived derived() {
    return model.derived();
  }

  /// The model's whole state, as a keyframe holds it (synthetic recordings, tests).
  public ModelState export() {
    return model.export();
  }

  /// Applies one recorded batch and returns the snapshot after it.
  public FabricSnapshot apply(List<ClusterChange> batch) {
    batch.forEach(model::apply);
    return model.snapshot();
  }
}
