package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.testing.Kubeconfigs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// `weft status` always ends: after printing, when its output is closed, when its wait runs
/// out (saying so, with its own exit code), and never with an arithmetic overflow.
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StatusCommandEndsTest {
  @TempDir Path dir;

  private final CommandRun cli = new CommandRun();

  /// A fabric of zone gz-1 and the gateway, both on `server`.
  private Path fabric(String server) throws IOException {
    Kubeconfigs.write(dir.resolve("config"), Map.of("gz-1", server, "edge", server));
    return Files.writeString(
        dir.resolve("fabric.yaml"),
        """
        apiVersion: weft.dev/v1alpha1
        kind: Fabric
        metadata:
          name: t
        kubeconfig: config
        gateway:
          context: edge
          namespace: edge
          route: health
        zones:
          - name: gz-1
            context: gz-1
            namespace: health
            backend: health-gz-1
        apps:
          - name: app1
        """);
  }

  private static String refused() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "https://127.0.0.1:" + socket.getLocalPort();
    }
  }

  @Test
  void aTimeoutTooLongForTheClockIsAUsageError() throws Exception {
    Path file = fabric(refused());

    int code = cli.run("status", file.toString(), "--timeout=99999999999h");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString())
        .contains("'99999999999h' is too long; at most 24h")
        .doesNotContain("Exception");
  }

  @Test
  void aClosedStandardOutputEndsWatch() throws Exception {
    Path file = fabric(refused());
    OutputStream closed = brokenPipe();

    var commandLine = WeftCommand.commandLine(f -> 0);
    commandLine.setOut(new PrintWriter(closed, true));
    commandLine.setErr(new PrintWriter(cli.err, true));
    int code = commandLine.execute("status", file.toString(), "--watch", "--timeout", "20s");

    assertThat(code).isEqualTo(ExitCodes.OUTPUT_CLOSED);
    assertThat(cli.err.toString()).isEmpty();
  }

  /// As in a terminal: System.out swallows the broken pipe, so Weft must ask it.
  @Test
  void aClosedStandardOutputEndsWatchWhenItIsSystemOut() throws Exception {
    Path file = fabric(refused());
    OutputStream closed = brokenPipe();
    java.io.PrintStream stdout = System.out;
    int code;
    try {
      System.setOut(new java.io.PrintStream(closed, true));
      var commandLine = WeftCommand.commandLine(f -> 0);
      commandLine.setErr(new PrintWriter(cli.err, true));
      code = commandLine.execute("status", file.toString(), "--watch", "--timeout", "20s");
    } finally {
      System.setOut(stdout);
    }
    assertThat(code).isEqualTo(ExitCodes.OUTPUT_CLOSED);
  }

  @Test
  void aTimeoutSaysWhatItWaitedForAndExitsThree() throws Exception {
    // accepts connections (the kernel's backlog) but never answers: every zone stays connecting
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Path file = fabric("https://127.0.0.1:" + silent.getLocalPort());

      int code = cli.run("status", file.toString(), "--timeout", "1s");

      assertThat(code).isEqualTo(ExitCodes.TIMED_OUT);
      assertThat(cli.out.toString())
          .contains("timed out after 1 s waiting for gz-1, the gateway to sync")
          .doesNotContain("NOT healthy");
    }
  }

  /// An output whose reader has gone: every write fails as a broken pipe does.
  private static OutputStream brokenPipe() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
  }
}
