package dev.weft.bench;

import dev.weft.record.Recording;
import dev.weft.record.RecordingCursor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/// Plays a recording as the window's replay does at `speed`× and 60 frames a second: each frame
/// asks the cursor for the fabric one frame of recorded time later (at 60×, one recorded second)
/// and times it, as fast as it can, from the middle of the recording. What a frame costs the
/// window besides (the view models' apply, CSS, layout, rendering) is not measured here: `weft
/// bench ui` measures that per snapshot.
///
/// Threading: the caller's thread.
public final class ReplayBenchmark {
  private static final int FPS = 60;

  private ReplayBenchmark() {}

  /// @param millisP50 one frame's seek-and-snapshot
  /// @param overBudget frames that took longer than a frame at 60 fps (16.7 ms)
  /// @param recordedPerSecond recorded seconds replayed per second flat out (`speed` needed)
  public record Result(
      int frames,
      int speed,
      double millisP50,
      double millisP99,
      double millisMax,
      int overBudget,
      double recordedPerSecond) {}

  public static Result run(Path file, int speed, int frames) {
    try (Recording recording = Recording.open(file)) {
      Instant[] span = recording.span().orElseThrow();
      Instant t = span[0].plus(Duration.between(span[0], span[1]).dividedBy(2));
      Duration step = Duration.ofSeconds(speed).dividedBy(FPS);
      RecordingCursor cursor = new RecordingCursor(recording);
      // The first frame seeks (a keyframe and its deltas): not a playing frame, not timed.
      cursor.at(t).orElseThrow();
      double[] millis = new double[frames];
      long began = System.nanoTime();
      for (int i = 0; i < frames; i++) {
        t = t.plus(step);
        long t0 = System.nanoTime();
        cursor.at(t).orElseThrow();
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      int over = (int) Arrays.stream(millis).filter(m -> m > 1000.0 / FPS).count();
      Arrays.sort(millis);
      return new Result(
          frames,
          speed,
          millis[frames / 2],
          millis[Math.min(frames - 1, (int) Math.ceil(0.99 * frames) - 1)],
          millis[frames - 1],
          over,
          step.toNanos() / 1e9 * frames / seconds);
    }
  }
}
