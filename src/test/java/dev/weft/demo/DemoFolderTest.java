package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.demo.sim.Timings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The `--out` folder: one demo at a time, a person's files never overwritten, an unwritable
/// folder refused in one line, and a restart keeping ports and tokens.
class DemoFolderTest {
  @TempDir Path dir;

  private RunningDemo start(Path out) {
    return DemoFabric.start(
        DemoOptions.defaults()
            .withZones(1)
            .withApps(1)
            .withReplicas(1)
            .withOutDir(out)
            .withTimings(Timings.fast()));
  }

  @Test
  void aSecondDemoOnTheSameFolderIsRefusedAndTheFirstKeepsItsFiles() throws Exception {
    try (RunningDemo first = start(dir)) {
      String kubeconfig = Files.readString(first.kubeconfig());
      assertThatThrownBy(() -> start(dir))
          .isInstanceOf(DemoFolderException.class)
          .hasMessageContaining("another weft demo")
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("--out");
      assertThat(Files.readString(first.kubeconfig())).isEqualTo(kubeconfig);
    }
  }

  @Test
  void aKubeconfigTheDemoDidNotWriteIsNeverOverwritten() throws Exception {
    Path mine = dir.resolve("kubeconfig");
    Files.writeString(mine, "apiVersion: v1\nkind: Config\n# my clusters\n");
    assertThatThrownBy(() -> start(dir))
        .isInstanceOf(DemoFolderException.class)
        .hasMessage(
            mine
                + " exists and was not written by weft demo; move it away, or choose"
                + " another folder with --out");
    assertThat(Files.readString(mine)).contains("# my clusters");
  }

  @Test
  void anUnwritableFolderIsOneClearLine() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> start(file.resolve("demo")))
        .isInstanceOf(DemoFolderException.class)
        .hasMessageStartingWith("cannot use " + file.resolve("demo"));
    Path proc = Path.of("/proc/weft-demo-test");
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "no /proc: no read-only folder");
    assertThatThrownBy(() -> start(proc))
        .isInstanceOf(DemoFolderException.class)
        .hasMessageStartingWith("cannot use /proc/weft-demo-test for the demo's files: ");
  }

  @Test
  void aRestartedDemoKeepsItsPortsAndTokens() {
    String url;
    String token;
    String gateway;
    try (RunningDemo first = start(dir)) {
      url = first.apiUrl("gz-1");
      gateway = first.gatewayUrl();
      token = first.bearerToken("gz-1", "viewer");
    }
    try (RunningDemo second = start(dir)) {
      assertThat(second.apiUrl("gz-1")).isEqualTo(url);
      assertThat(second.gatewayUrl()).isEqualTo(gateway);
      assertThat(second.bearerToken("gz-1", "viewer")).isEqualTo(token);
      assertThat(second.notes()).isEmpty();
    }
  }
}
