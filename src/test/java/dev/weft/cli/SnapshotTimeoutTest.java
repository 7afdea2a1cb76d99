package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// `weft snapshot` on a zone that never answers: the image is written as it stands, but the
/// command says it timed out, naming the zone, and exits 3 as `status` does, not 0 as if the
/// map showed a synced fabric.
@Timeout(60)
class SnapshotTimeoutTest {
  @TempDir Path dir;

  @Test
  void aZoneThatNeverSyncsTimesOutWithItsOwnExitCode() throws Exception {
    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (java.io.IOException e) {
                  // closed at the end of the test
                }
              });
      Path kubeconfig =
          Files.writeString(
              dir.resolve("kubeconfig"),
              """
              apiVersion: v1
              kind: Config
              clusters: [{name: c, cluster: {server: "https://127.0.0.1:%d"}}]
              users: [{name: u, user: {token: t}}]
              contexts: [{name: x, context: {cluster: c, user: u}}]
              """
                  .formatted(silent.getLocalPort()));
      Path fabric =
          Files.writeString(
              dir.resolve("fabric.yaml"),
              """
              apiVersion: weft.dev/v1alpha1
              kind: Fabric
              metadata: {name: silent}
              kubeconfig: %s
              gateway: {context: x, namespace: edge, route: r}
              zones:
                - {name: gz-1, context: x, namespace: health, backend: b}
              apps:
                - name: app1
              """
                  .formatted(kubeconfig));
      Path png = dir.resolve("map.png");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      var cli =
          WeftCommand.commandLine(
              new Desktop(
                  f -> 0,
                  (snapshot, dark, matrix, width, to) -> Files.writeString(to, "png"),
                  (request, o) -> 0));
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));

      int code =
          cli.execute("snapshot", fabric.toString(), "--out", png.toString(), "--timeout", "1s");

      assertThat(png).as(err.toString()).exists();
      assertThat(err.toString())
          .contains("timed out after 1 s waiting for gz-1, the gateway to sync");
      assertThat(code).isEqualTo(ExitCodes.TIMED_OUT);
    } finally {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  /// The README's one rule: a missing or invalid fabric file is 2 from every command but
  /// `validate` (it was 1 from `snapshot`).
  @Test
  void aMissingOrInvalidFabricFileIsExitTwo() throws Exception {
    var cli =
        WeftCommand.commandLine(
            new Desktop(
                f -> 0,
                (snapshot, dark, matrix, width, to) -> Files.writeString(to, "png"),
                (request, o) -> 0));
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    Path png = dir.resolve("map.png");
    assertThat(
            cli.execute("snapshot", dir.resolve("nope.yaml").toString(), "--out", png.toString()))
        .isEqualTo(ExitCodes.USAGE);
    Path bad =
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: weft.dev/v1alpha1\nkind: [\n");
    assertThat(cli.execute("snapshot", bad.toString(), "--out", png.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("bad.yaml:");
    assertThat(png).doesNotExist();
  }
}
