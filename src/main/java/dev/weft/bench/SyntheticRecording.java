package dev.weft.bench;

import dev.weft.cluster.ClusterChange;
import dev.weft.fabric.Fabric;
import dev.weft.record.Recorder;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Replayer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/// Feeds a [SyntheticFabric]'s stream to a [Recorder] as fast as it writes, keyframes included
/// (a model of the stream exports them), instead of in real time. With `snapshots`, each batch
/// is applied as the live model applies it and `each` gets the snapshot (the reference a test
/// compares seeks with); without, only what a keyframe needs is kept (a day in well under a
/// minute). Runs on the caller's thread.
public final class SyntheticRecording {
  private static final int MAX_QUEUED = 4_000;

  private SyntheticRecording() {}

  /// @return how many changes were recorded
  public static long write(
      Recorder recorder,
      SyntheticFabric source,
      Fabric fabric,
      Duration length,
      Duration step,
      int perSecond,
      Consumer<FabricSnapshot> each) {
    Replayer model = new Replayer(fabric, source.now());
    recorder.keyframe(model.export());
    Instant end = source.now().plus(length);
    long version = 0;
    long changes = 0;
    List<ClusterChange> batch = source.initial();
    while (true) {
      changes += batch.size();
      if (each != null) {
        FabricSnapshot snapshot = model.apply(batch);
        recorder.recorded(batch, snapshot, model.derived());
        each.accept(snapshot);
      } else {
        model.applyOnly(batch);
        version += batch.size();
        recorder.recorded(batch, version, source.now());
      }
      if (batch.stream().anyMatch(ClusterChange.ClockTicked.class::isInstance)
          && recorder.wantsKeyframe()) {
        recorder.keyframe(model.export());
      }
      while (recorder.queued() > MAX_QUEUED) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
      if (!source.now().isBefore(end)) {
        return changes;
      }
      batch = source.next(step, perSecond);
    }
  }
}
