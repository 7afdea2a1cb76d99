package dev.weft.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// kill -9 of a process in the middle of recording leaves a sound file that replays up to
/// nearly the moment of the kill.
class CrashTest {
  @TempDir Path dir;

  @Test
  void killMinus9WhileRecordingLeavesASoundReplayableFile() throws Exception {
    Path file = dir.resolve("crash.weftrec");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    RecordingChild.class.getName(),
                    file.toString(),
                    dir.toString()))
            .redirectErrorStream(true)
            .start();
    try {
      var out = new BufferedReader(new InputStreamReader(child.getInputStream()));
      assertThat(out.readLine()).isEqualTo("recording");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.exists(file) && deltaRows(file) >= 200);
    } finally {
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
      child.waitFor();
    }
    try (Recording recording = Recording.open(file)) {
      assertThat(recording.integrityCheck()).isEqualTo("ok");
      var span = recording.span().orElseThrow();
      assertThat(recording.seek(span[1])).isPresent();
      assertThat(recording.counts()[1]).isGreaterThanOrEqualTo(200);
    }
  }

  private static long deltaRows(Path file) {
    try (Recording r = Recording.open(file)) {
      return r.counts()[1];
    } catch (RuntimeException e) {
      return 0; // not created yet
    }
  }
}
