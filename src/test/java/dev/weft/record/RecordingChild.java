package dev.weft.record;

import dev.weft.bench.SyntheticRecording;
import java.nio.file.Path;
import java.time.Duration;

/// A process that records a synthetic fabric for a long time, for [CrashTest] to kill -9.
/// Arguments: the recording file, a folder for the fabric file.
public final class RecordingChild {
  private RecordingChild() {}

  public static void main(String[] args) throws Exception {
    Synthetic s = Synthetic.in(Path.of(args[1]), 21);
    Recorder recorder = s.recorder(Path.of(args[0]), Duration.ofSeconds(30), Retention.DEFAULT);
    System.out.println("recording");
    System.out.flush();
    // About 20 recorded minutes a second of wall time, until killed.
    SyntheticRecording.write(
        recorder, s.source(), s.fabric(), Duration.ofDays(30), Duration.ofMillis(500), 100, null);
  }
}
