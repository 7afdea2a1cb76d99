package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `weft canary` as a user types it, on one demo with fast timings and a one-second soak.
class CanaryCommandTest {
  @TempDir static Path dir;
  static RunningDemo demo;
  static String fabric;
  static String journal;

  @BeforeAll
  static void start() {
    demo =
        DemoFabric.start(
            DemoOptions.defaults().withOutDir(dir.resolve("demo")).withTimings(Timings.fast()));
    fabric = demo.fabricFile().toString();
    journal = dir.resolve("journal.jsonl").toString();
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  private static CommandRun run(int expected, String... args) {
    CommandRun run = new CommandRun();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--journal";
    all[args.length + 1] = journal;
    assertThat(run.run(all)).as(run.out + "\n" + run.err).isEqualTo(expected);
    return run;
  }

  @Test
  void startStatusPromoteWaitAndAbortWhenIdle() {
    CommandRun refused =
        run(ExitCodes.NOT_OK, "canary", "start", fabric, "--app", "app2", "--image", "2.0");
    assertThat(refused.err.toString()).contains("not on a terminal: add --yes");
    CommandRun started =
        run(
            ExitCodes.OK,
            "canary",
            "start",
            fabric,
            "--app",
            "app2",
            "--image",
            "2.0",
            "--soak",
            "1s",
            "--yes");
    assertThat(started.out.toString())
        .contains("create Deployment health/app2-canary")
        .contains("started canary-app2-");
    CommandRun status = run(ExitCodes.OK, "canary", "status", fabric, "--app", "app2", "--json");
    assertThat(status.out.toString())
        .contains("\"phase\":\"canary\"")
        .contains("\"canaryZone\":\"gz-1\"");
    CommandRun promoted =
        run(ExitCodes.OK, "canary", "promote", fabric, "--app", "app2", "--yes", "--wait");
    assertThat(promoted.out.toString())
        .contains("promoted to every zone: gz-1, sh-1, bj-1")
        .contains("promoted in ");
    CommandRun idle = run(ExitCodes.NOT_OK, "canary", "abort", fabric, "--app", "app2", "--yes");
    assertThat(idle.err.toString()).contains("nothing to abort");
  }

  @Test
  void promoteWaitExitsOneWhenTheCanaryFailsItsGates() {
    run(
        ExitCodes.OK,
        "canary",
        "start",
        fabric,
        "--app",
        "app3",
        "--image",
        "1.0-bad",
        "--soak",
        "1s",
        "--yes");
    CommandRun failed =
        run(ExitCodes.NOT_OK, "canary", "promote", fabric, "--app", "app3", "--yes", "--wait");
    assertThat(failed.err.toString()).contains("aborted: gate failed in gz-1");
    assertThat(failed.out.toString()).contains("gz-1").contains("canary removed");
  }

  @Test
  void promoteWaitGivesUpAtItsTimeoutAndAbortRollsBack() {
    run(
        ExitCodes.OK,
        "canary",
        "start",
        fabric,
        "--app",
        "app1",
        "--image",
        "2.0",
        "--soak",
        "30s",
        "--yes");
    CommandRun waited =
        run(
            ExitCodes.TIMED_OUT,
            "canary",
            "promote",
            fabric,
            "--app",
            "app1",
            "--yes",
            "--wait",
            "--timeout",
            "1s");
    assertThat(waited.err.toString()).contains("gave up waiting").contains("promote pending");
    CommandRun aborted = run(ExitCodes.OK, "canary", "abort", fabric, "--app", "app1", "--yes");
    assertThat(aborted.out.toString()).contains("aborted: gz-1 runs").contains("canary removed");
  }
}
