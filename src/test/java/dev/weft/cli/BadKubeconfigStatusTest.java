package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.testing.BadKubeconfigs;
import dev.weft.testing.LogCapture;
import dev.weft.testing.PlainHttpListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/// `weft --verbose status` on a fabric whose zones use every broken kubeconfig context: each
/// zone's reason is printed, and nothing Weft writes (stdout, stderr, every log line at every
/// level, with traces) holds a planted token, key or certificate.
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the plugins are shell scripts")
@Timeout(120)
class BadKubeconfigStatusTest {
  @TempDir Path dir;

  @Test
  void statusNamesEveryBadContextAndPrintsNoSecret() throws Exception {
    try (PlainHttpListener plain = new PlainHttpListener()) {
      var contexts = BadKubeconfigs.contexts(dir, "127.0.0.1:" + plain.port());
      Path kubeconfig = BadKubeconfigs.write(dir.resolve("kubeconfig"), contexts);
      StringBuilder zones = new StringBuilder();
      contexts
          .keySet()
          .forEach(
              z ->
                  zones.append(
                      "  - {name: %s, context: %s, namespace: health, backend: b-%s}\n"
                          .formatted(z, z, z)));
      Path fabric =
          Files.writeString(
              dir.resolve("fabric.yaml"),
              """
              apiVersion: weft.dev/v1alpha1
              kind: Fabric
              metadata: {name: hostile}
              kubeconfig: %s
              gateway: {context: no-cluster, namespace: edge, route: r}
              zones:
              %s
              apps:
                - name: app1
              """
                  .formatted(kubeconfig, zones.toString().stripTrailing()));

      PrintStream stdout = System.out;
      PrintStream stderr = System.err;
      ByteArrayOutputStream terminal = new ByteArrayOutputStream();
      CommandRun run = new CommandRun();
      int code;
      try (LogCapture logs = new LogCapture();
          PrintStream capture = new PrintStream(terminal, true, StandardCharsets.UTF_8)) {
        System.setOut(capture);
        System.setErr(capture);
        try {
          code = run.run("--verbose", "status", fabric.toString(), "--timeout", "40s");
        } finally {
          System.setOut(stdout);
          System.setErr(stderr);
        }
        String everything = run.out + "\n" + run.err + "\n" + terminal + "\n" + logs.text();
        assertThat(everything).doesNotContain(BadKubeconfigs.secrets());
      }
      assertThat(code).as(run.err.toString()).isEqualTo(ExitCodes.NOT_OK);
      assertThat(run.out.toString())
          .contains("zone no-user  MISCONFIGURED")
          .contains("names user 'u-no-user', which no kubeconfig defines")
          .contains("exited 3")
          .contains("has port 99999, outside 1–65535");
      assertThat(run.out + run.err.toString()).doesNotContain("\tat ", "Exception:");
      assertThat(plain.received()).noneMatch(r -> r.contains("Authorization"));
    }
  }

  /// A kubeconfig whose alias holds itself threw StackOverflowError on three threads (2,000
  /// lines of trace) and left its zones connecting forever.
  @Test
  void aKubeconfigThatNestsWithoutEndIsMisconfiguredWithoutATrace() throws Exception {
    Path kubeconfig =
        Files.writeString(dir.resolve("loop"), "apiVersion: v1\nkind: Config\nclusters: &a [*a]\n");
    Path fabric =
        Files.writeString(
            dir.resolve("fabric.yaml"),
            """
            apiVersion: weft.dev/v1alpha1
            kind: Fabric
            metadata: {name: loop}
            kubeconfig: %s
            gateway: {context: ok, namespace: edge, route: r}
            zones:
              - {name: z1, context: ok, namespace: health, backend: b-z1}
            apps:
              - name: app1
            """
                .formatted(kubeconfig));
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    CommandRun run = new CommandRun();
    int code;
    try (PrintStream capture = new PrintStream(terminal, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      try {
        code = run.run("status", fabric.toString(), "--timeout", "20s");
      } finally {
        System.setOut(stdout);
        System.setErr(stderr);
      }
    }
    String everything = run.out + "\n" + run.err + "\n" + terminal;
    assertThat(everything).doesNotContain("StackOverflowError", "\tat ");
    assertThat(code).as(everything).isEqualTo(ExitCodes.NOT_OK);
    assertThat(run.out.toString())
        .contains("zone z1  MISCONFIGURED")
        .contains("cannot be read as YAML: it nests without end");
  }
}
