package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.state.LiveFabric;
import dev.weft.testing.Fabrics;
import dev.weft.testing.KubeObjects;
import dev.weft.testing.Kubeconfigs;
import dev.weft.testing.MockCluster;
import dev.weft.testing.Routes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatusCommandTest {
  @TempDir Path dir;

  private int status(LiveFabric live, StringWriter out, String... args) throws Exception {
    StatusCommand command = new StatusCommand();
    new CommandLine(command).parseArgs(args);
    return command.run(live, new PrintWriter(out, true));
  }

  @Test
  void waitsForEveryZoneThenPrintsJsonAndExitsOneForAnUnreachableZone() throws Exception {
    try (MockCluster gz1 = MockCluster.start();
        MockCluster sh1 = MockCluster.start();
        MockCluster edge = MockCluster.start()) {
      KubeObjects.seedHealthy(gz1.client(), 1);
      edge.client()
          .resource(Routes.route(Map.of("health-gz-1", 100, "health-sh-1", 0), Map.of()))
          .create();
      sh1.stop();
      Map<String, String> servers = new LinkedHashMap<>();
      servers.put("gz-1", gz1.url());
      servers.put("sh-1", sh1.url());
      servers.put("edge", edge.url());
      var kubeconfig = KubeconfigSource.of(Kubeconfigs.write(dir.resolve("config"), servers));

      try (LiveFabric live = LiveFabric.open(Fabrics.of(true, "gz-1", "sh-1"), kubeconfig)) {
        StringWriter out = new StringWriter();
        int code = status(live, out, "fabric.yaml", "--json", "--timeout", "10s");
        assertThat(code).isEqualTo(ExitCodes.NOT_OK);
        assertThat(out.toString())
            .contains("\"connection\" : \"LIVE\"")
            .contains("\"connection\" : \"UNREACHABLE\"")
            .contains("\"gz-1\" : 100");
      }
    }
  }

  @Test
  void watchPrintsAgainWhenTheFabricChanges() throws Exception {
    try (MockCluster gz1 = MockCluster.start()) {
      KubeObjects.seedHealthy(gz1.client(), 1);
      var kubeconfig =
          KubeconfigSource.of(Kubeconfigs.write(dir.resolve("config"), Map.of("gz-1", gz1.url())));
      try (LiveFabric live = LiveFabric.open(Fabrics.of(false, "gz-1"), kubeconfig)) {
        StringWriter out = new StringWriter();
        Thread watcher =
            Thread.ofPlatform()
                .daemon()
                .start(
                    () -> {
                      try {
                        status(live, out, "fabric.yaml", "--watch");
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    });
        try {
          org.awaitility.Awaitility.await()
              .atMost(java.time.Duration.ofSeconds(15))
              .until(() -> out.toString().contains("all healthy"));
          gz1.client().resource(KubeObjects.pod("app2", "app2-5d8f7-x", "2.0.0", true)).create();
          org.awaitility.Awaitility.await()
              .atMost(java.time.Duration.ofSeconds(15))
              .until(() -> out.toString().contains("2.0.0×1"));
        } finally {
          watcher.interrupt();
        }
      }
    }
  }

  @Test
  void unreadableFabricIsAUsageError() {
    StringWriter err = new StringWriter();
    var commandLine = WeftCommand.commandLine(f -> 0);
    commandLine.setErr(new PrintWriter(err, true));
    assertThat(commandLine.execute("status", dir.resolve("none.yaml").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("none.yaml");
  }

  @Test
  void badTimeoutIsAUsageError() {
    StringWriter err = new StringWriter();
    var commandLine = WeftCommand.commandLine(f -> 0);
    commandLine.setErr(new PrintWriter(err, true));
    assertThat(commandLine.execute("status", "f.yaml", "--timeout", "soon"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("not a duration");
  }
}
