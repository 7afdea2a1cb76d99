package dev.weft.record;

import dev.weft.cluster.ClusterChange;
import dev.weft.fabric.Fabric;
import dev.weft.state.ChangeRecorder;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.ModelState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/// The flight recorder of one live model: hand it to [dev.weft.state.LiveFabric#open] and every
/// applied batch, a keyframe every few minutes, and the fabric's journal actions go to one
/// SQLite file ([RecordingWriter] on a thread of its own).
///
/// Threading: [#recorded] and [#keyframe] run on the model's applier thread and only enqueue.
/// When writing fails (a full disk), recording stops for good, [#onStopped] listeners hear why
/// on the writer thread, and the model goes on. [#close] waits for the queue to be written.
public final class Recorder implements ChangeRecorder, AutoCloseable {
  /// Tuning; [#defaults] for the app.
  ///
  /// @param keyframeEvery recorded time between keyframes: a seek replays at most this much
  /// @param flushEvery how long changes wait before they are committed (what a crash may lose)
  /// @param journal the action journal to follow, or null for none
  public record Options(
      Duration keyframeEvery, Duration flushEvery, Retention retention, Path journal) {
    public static Options defaults(Path journal) {
      return new Options(Duration.ofMinutes(2), Duration.ofMillis(500), Retention.DEFAULT, journal);
    }

    public Options withRetention(Retention r) {
      return new Options(keyframeEvery, flushEvery, r, journal);
    }

    public Options withKeyframeEvery(Duration d) {
      return new Options(d, flushEvery, retention, journal);
    }
  }

  sealed interface Item {}

  record Batch(ChangeCodec.Batch batch) implements Item {}

  record Keyframe(ModelState state) implements Item {}

  record Stop() implements Item {}

  private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final List<Consumer<String>> stopListeners = new CopyOnWriteArrayList<>();
  private final Options options;
  private final Path file;
  private final Thread thread;
  private volatile String stopped;
  // Both owned by the applier thread.
  private Instant lastKeyframe;
  private Instant lastSeen = Instant.EPOCH;

  private Recorder(Path file, Options options, RecordingWriter writer) {
    this.file = file;
    this.options = options;
    this.thread =
        Thread.ofPlatform()
            .name("weft-recorder")
            .daemon()
            .start(() -> writer.run(queue, this::stop));
  }

  /// Opens (or creates) `file` and starts a recording session of `fabric`, whose file's text
  /// is kept with it. A file that cannot be used is an [java.io.UncheckedIOException] or a
  /// [CorruptRecordingException] with a message for a person.
  public static Recorder start(Path file, Fabric fabric, String fabricText, Options options) {
    RecordingWriter writer = RecordingWriter.open(file, fabric, fabricText, options);
    return new Recorder(file, options, writer);
  }

  public Path file() {
    return file;
  }

  /// How many batches and keyframes wait to be written (a fast producer's back-pressure).
  public int queued() {
    return queue.size();
  }

  /// CPU time the writer thread used so far, or -1 where the JVM does not measure it.
  public long writerCpuNanos() {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.threadId()) : -1;
  }

  /// Why recording stopped, if it did.
  public Optional<String> stopped() {
    return Optional.ofNullable(stopped);
  }

  /// Calls `listener` once if recording stops (at once if it already has).
  public void onStopped(Consumer<String> listener) {
    stopListeners.add(listener);
    if (stopped != null) {
      listener.accept(stopped);
    }
  }

  private void stop(String why) {
    if (stopped == null) {
      stopped = why;
      queue.clear();
      stopListeners.forEach(l -> l.accept(why));
    }
  }

  /// Records a batch as if its snapshot added nothing to the transition history; the live
  /// model calls [#recorded(List, FabricSnapshot, ModelState.Derived)] instead.
  @Override
  public void recorded(List<ClusterChange> batch, FabricSnapshot snapshot) {
    recorded(batch, snapshot, ModelState.Derived.NONE);
  }

  @Override
  public void recorded(
      List<ClusterChange> batch, FabricSnapshot snapshot, ModelState.Derived derived) {
    lastSeen = snapshot.at();
    if (stopped == null) {
      queue.add(
          new Batch(
              new ChangeCodec.Batch(
                  snapshot.version(), snapshot.at(), List.copyOf(batch), derived)));
    }
  }

  /// Records a batch without its snapshot (synthetic recordings written faster than real
  /// time): `version` and `at` are what the snapshot after it would have had.
  public void recorded(List<ClusterChange> batch, long version, Instant at) {
    lastSeen = at;
    if (stopped == null) {
      queue.add(
          new Batch(
              new ChangeCodec.Batch(version, at, List.copyOf(batch), ModelState.Derived.NONE)));
    }
  }

  @Override
  public boolean wantsKeyframe() {
    return stopped == null
        && (lastKeyframe == null || !lastSeen.isBefore(lastKeyframe.plus(options.keyframeEvery())));
  }

  @Override
  public void keyframe(ModelState state) {
    lastKeyframe = state.at();
    if (stopped == null) {
      queue.add(new Keyframe(state));
    }
  }

  /// Writes what is queued, then closes the file. Blocks up to a few seconds.
  @Override
  public void close() {
    queue.add(new Stop());
    try {
      thread.join(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
