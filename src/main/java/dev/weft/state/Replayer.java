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

  /// Applies one recorded batch and returns the snapshot after it.
  public FabricSnapshot apply(List<ClusterChange> batch) {
    batch.forEach(model::apply);
    return model.snapshot();
  }
}
