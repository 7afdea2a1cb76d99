package dev.weft.bench;

import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.record.Recorder;
import dev.weft.record.Recording;
import dev.weft.record.Retention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/// The recorder's benchmark on a synthetic recording: `hours` of `rate` pod events a second
/// over `zones` × `apps` × `replicas` pods, written directly (not in real time); its size, bytes
/// per event and the time of random seeks. Blocks; one run at a time.
public final class RecordBenchmark {
  /// What one run measured.
  public record Result(
      long changes,
      Duration writeTime,
      long fileBytes,
      long keyframes,
      long keyframeBytes,
      long deltaBytes,
      double seekP50Millis,
      double seekP99Millis,
      double seekMaxMillis,
      int seeks) {
    public double bytesPerChange() {
      return fileBytes / (double) changes;
    }
  }

  private RecordBenchmark() {}

  public static Result run(
      Path file, int zones, int apps, int replicas, Duration length, int rate, int seeks)
      throws IOException {
    Instant start = Instant.parse("2026-12-01T00:00:00Z");
    SyntheticFabric source = new SyntheticFabric(zones, apps, replicas, 42, start);
    Path fabricFile = file.resolveSibling(file.getFileName() + ".fabric.yaml");
    Files.writeString(fabricFile, source.fabricYaml());
    Fabric fabric = ((FabricReadResult.Valid) new FabricReader().read(fabricFile)).fabric();
    Files.deleteIfExists(file);
    long began = System.nanoTime();
    long changes;
    // Retention as large as the run: the file's size is the measurement.
    Retention keepAll = new Retention(length.plusHours(1), Long.MAX_VALUE);
    try (Recorder recorder =
        Recorder.start(
            file,
            fabric,
            source.fabricYaml(),
            Recorder.Options.defaults(null).withRetention(keepAll))) {
      changes =
          SyntheticRecording.write(
              recorder, source, fabric, length, Duration.ofMillis(100), rate, null);
    }
    Duration writeTime = Duration.ofNanos(System.nanoTime() - began);
    long bytes = Files.size(file);
    try (Recording recording = Recording.open(file)) {
      long[] counts = recording.counts();
      Random random = new Random(7);
      double[] millis = new double[seeks];
      // One seek first, not timed: class loading and the JIT's first compilations.
      recording.seek(start.plus(length.dividedBy(2)));
      for (int i = 0; i < seeks; i++) {
        Instant t = start.plusNanos((long) (random.nextDouble() * length.toNanos()));
        long t0 = System.nanoTime();
        recording.seek(t).orElseThrow();
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(millis);
      return new Result(
          changes,
          writeTime,
          bytes,
          counts[0],
          counts[4],
          counts[3],
          percentile(millis, 0.50),
          percentile(millis, 0.99),
          millis[millis.length - 1],
          seeks);
    }
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
