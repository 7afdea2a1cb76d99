package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.api.ApiFaults;
import dev.weft.demo.sim.Timings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// One-shot `weft status` (no `--watch`) reads each cluster once with parallel lists and gives
/// the answer the live model gives: every zone live with its apps, and a zone whose pods are
/// forbidden shown as FORBIDDEN naming the verb and resource, without a stack trace.
@Timeout(120)
class StatusOnceTest {
  @TempDir static Path dir;
  static RunningDemo demo;

  @BeforeAll
  static void startDemo() {
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
  }

  @AfterAll
  static void stopDemo() {
    demo.close();
  }

  @AfterEach
  void restore() {
    demo.scenarios().apiErrors("gz-1", null, "pods");
  }

  @Test
  void everyZoneIsReadOnceAndShownLiveWithItsApps() {
    CommandRun cli = new CommandRun();

    int code = cli.run("status", demo.fabricFile().toString(), "--timeout", "60s");

    assertThat(cli.out.toString())
        .contains("zone gz-1  LIVE  HEALTHY", "zone sh-1  LIVE", "zone bj-1  LIVE")
        .contains("gateway LIVE  HEALTHY", "app1")
        .doesNotContain("timed out");
    assertThat(code).isEqualTo(ExitCodes.OK);
  }

  @Test
  void forbiddenPodsNameTheVerbAndResourceWithoutATrace() {
    demo.scenarios().apiErrors("gz-1", ApiFaults.ErrorKind.FORBIDDEN, "pods");
    CommandRun cli = new CommandRun();

    int code = cli.run("status", demo.fabricFile().toString(), "--timeout", "60s");

    assertThat(cli.out.toString()).contains("zone gz-1  FORBIDDEN").contains("pods");
    assertThat(cli.out.toString() + cli.err).doesNotContain("Exception", "\tat ");
    assertThat(code).isEqualTo(ExitCodes.NOT_OK);
  }
}
