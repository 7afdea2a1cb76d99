package dev.weft.cli;

import dev.weft.bench.IngestBenchmark;
import dev.weft.bench.RecordBenchmark;
import dev.weft.bench.ReplayBenchmark;
import dev.weft.fabric.Fabric;
import dev.weft.record.Recorder;
import dev.weft.record.Retention;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `weft bench record`: what recording costs the live model's ingest, and a synthetic day of
/// recording (size, bytes per event, seek time). Exit 0 when every target is met, 1 otherwise.
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark of the flight recorder: its cost beside the ingest benchmark, and a synthetic"
            + " recording written directly (size, bytes per event, seek p99).")
final class BenchRecordCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--hours", defaultValue = "24", description = "Recorded hours (24).")
  private int hours;

  @Option(names = "--rate", defaultValue = "100", description = "Pod events/s recorded (100).")
  private int rate;

  @Option(names = "--zones", defaultValue = "10", description = "Zones (10).")
  private int zones;

  @Option(names = "--apps", defaultValue = "50", description = "Apps per zone (50).")
  private int apps;

  @Option(names = "--replicas", defaultValue = "50", description = "Pods per app (50).")
  private int replicas;

  @Option(names = "--seeks", defaultValue = "200", description = "Random seeks timed (200).")
  private int seeks;

  @Option(
      names = "--replay-frames",
      defaultValue = "600",
      description = "Frames of 60x replay timed (600: 10 min of recorded time); 0 skips them.")
  private int replayFrames;

  @Option(names = "--out", paramLabel = "FILE", description = "Keep the recording here.")
  private Path out;

  @Option(
      names = "--ingest-load",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Load of each ingest run, without and with recording (10s); 0s skips them.")
  private Duration ingestLoad;

  @Option(names = "--ingest-rate", defaultValue = "2000", description = "Ingest events/s (2000).")
  private int ingestRate;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("weft-bench-record");
    w.printf(
        "weft bench record: %d cores, load average %.1f, heap %d MB%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20);
    w.flush();
    boolean ok = true;
    if (!ingestLoad.isZero()) {
      ok = ingest(w, dir);
    }
    Path file = out != null ? out : dir.resolve("synthetic.weftrec");
    RecordBenchmark.Result r =
        RecordBenchmark.run(file, zones, apps, replicas, Duration.ofHours(hours), rate, seeks);
    w.printf(
        "synthetic recording: %d h × %d events/s, %d zones × %d pods: %,d changes written in"
            + " %.1f s%n",
        hours, rate, zones, apps * replicas, r.changes(), r.writeTime().toMillis() / 1000.0);
    w.printf(
        "  file %.1f MiB (%d keyframes %.1f MiB, deltas %.1f MiB): %.1f bytes per event"
            + " (target ≤ 100)%n",
        r.fileBytes() / 1048576.0,
        r.keyframes(),
        r.keyframeBytes() / 1048576.0,
        r.deltaBytes() / 1048576.0,
        r.bytesPerChange());
    w.printf(
        "  seek to %d random moments: p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 ≤ 200)%n",
        r.seeks(), r.seekP50Millis(), r.seekP99Millis(), r.seekMaxMillis());
    if (replayFrames > 0) {
      ReplayBenchmark.Result p = ReplayBenchmark.run(file, 60, replayFrames);
      w.printf(
          "  replay at %d× from the middle, %d frames of 60 fps (recording cursor only, not the"
              + " window's apply): per frame p50 %.2f ms, p99 %.2f ms, max %.1f ms; %d over"
              + " 16.7 ms; flat out %.0f recorded s per s (60 needed)%n",
          p.speed(),
          p.frames(),
          p.millisP50(),
          p.millisP99(),
          p.millisMax(),
          p.overBudget(),
          p.recordedPerSecond());
    }
    if (out == null) {
      Files.deleteIfExists(file);
    }
    ok &= r.bytesPerChange() <= 100 && r.seekP99Millis() <= 200;
    w.flush();
    return ok ? ExitCodes.OK : ExitCodes.NOT_OK;
  }

  /// The ingest benchmark's lean run without, then with, recording; the recorder's writer
  /// thread CPU against the whole process's in the recorded run.
  private boolean ingest(PrintWriter w, Path dir) throws Exception {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int pods = apps * replicas;
    try (var target = DemoIngestTarget.start(zones, pods, dir)) {
      Fabric fabric = target.fabric();
      IngestBenchmark.run(target, true, ingestRate, Duration.ofSeconds(3));
      long cpu0 = os.getProcessCpuTime();
      IngestBenchmark.Result plain = IngestBenchmark.run(target, true, ingestRate, ingestLoad);
      long cpuPlain = os.getProcessCpuTime() - cpu0;
      Path file = dir.resolve("ingest.weftrec");
      String text = Files.readString(fabric.source());
      IngestBenchmark.Result recorded;
      long cpuRecorded;
      long writer;
      try (Recorder recorder =
          Recorder.start(
              file,
              fabric,
              text,
              Recorder.Options.defaults(null).withRetention(Retention.DEFAULT))) {
        long cpu1 = os.getProcessCpuTime();
        recorded = IngestBenchmark.run(target, true, ingestRate, ingestLoad, recorder);
        cpuRecorded = os.getProcessCpuTime() - cpu1;
        writer = recorder.writerCpuNanos();
      }
      double share = 100.0 * writer / cpuRecorded;
      w.printf(
          "ingest, %d zones × %d pods, %d events/s for %ds (lean cache):%n",
          zones, pods, ingestRate, ingestLoad.toSeconds());
      w.printf(
          "  without recording: %d/%d events seen, p50 %d ms, p99 %d ms, process CPU %.1f s%n",
          plain.eventsSeen(),
          plain.eventsSent(),
          plain.p50().toMillis(),
          plain.p99().toMillis(),
          cpuPlain / 1e9);
      w.printf(
          "  with recording:    %d/%d events seen, p50 %d ms, p99 %d ms, process CPU %.1f s%n",
          recorded.eventsSeen(),
          recorded.eventsSent(),
          recorded.p50().toMillis(),
          recorded.p99().toMillis(),
          cpuRecorded / 1e9);
      w.printf(
          "  recorder's writer thread: %.2f s CPU = %.1f %% of the process (target ≤ 5 %%);"
              + " file %.1f KiB%n",
          writer / 1e9, share, Files.size(file) / 1024.0);
      w.flush();
      return share <= 5 && recorded.eventsSeen() >= plain.eventsSeen() * 0.95;
    }
  }
}
