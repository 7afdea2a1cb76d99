package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `weft failover`, `failback`, `journal` and `status` as a user types them, on one demo.
/// No terminal here: without `--yes` the commands refuse.
class ActionCommandsTest {
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

  @AfterEach
  void failBackAll() {
    new CommandRun().run("failback", fabric, "--all", "--yes", "--journal", journal);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @Test
  void withoutATerminalAndWithoutYesNothingChanges() {
    CommandRun run = new CommandRun();
    assertThat(run.run("failover", fabric, "--zone", "gz-1", "--journal", journal))
        .isEqualTo(ExitCodes.NOT_OK);
    assertThat(run.out.toString()).contains("drain gz-1").contains("health-gz-1 weight: 34 → 0");
    assertThat(run.err.toString()).contains("not on a terminal: add --yes");
    assertNothingInForce();
  }

  /// A failback that finds nothing to undo: nothing was changed.
  private static void assertNothingInForce() {
    CommandRun back = new CommandRun();
    assertThat(back.run("failback", fabric, "--all", "--dry-run", "--journal", journal))
        .isEqualTo(ExitCodes.NOT_OK);
    assertThat(back.out.toString()).contains("no failover in force for everything");
  }

  @Test
  void dryRunPrintsTheVerdictsAndChangesNothing() {
    CommandRun run = new CommandRun();
    assertThat(
            run.run(
                "failover",
                fabric,
                "--zone",
                "gz-1",
                "--to",
                "sh-1",
                "--dry-run",
                "--journal",
                journal))
        .as(run.err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(run.out.toString())
        .contains("dry run: ok: HTTPRoute edge/health in gateway")
        .contains("nothing changed");
    assertNothingInForce();
  }

  @Test
  void failoverWithYesIsListedByStatusAndFailedBack() {
    CommandRun run = new CommandRun();
    int code =
        run.run(
            "failover",
            fabric,
            "--zone",
            "bj-1",
            "--reason",
            "stale API",
            "--yes",
            "--json",
            "--journal",
            journal);
    assertThat(code).as(run.out + run.err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out.toString())
        .contains("\"status\" : \"DONE\"")
        .contains("\"result\" : \"CHANGED\"");
    CommandRun status = new CommandRun();
    status.run("status", fabric, "--timeout", "10s");
    assertThat(status.out.toString())
        .contains("Failovers in force")
        .contains("drained bj-1")
        .contains("(stale API)");
    CommandRun back = new CommandRun();
    assertThat(back.run("failback", fabric, "--zone", "bj-1", "--yes", "--journal", journal))
        .as(back.out + back.err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(back.out.toString()).contains("done and verified").contains("gateway: changed");
    CommandRun log = new CommandRun();
    assertThat(log.run("journal", "--since", "1h", "--journal", journal)).isEqualTo(ExitCodes.OK);
    assertThat(log.out.toString())
        .contains("drain bj-1")
        .contains("fail back bj-1")
        .contains("result");
  }

  @Test
  void failbackWithNothingInForceIsRefusedAndWithoutScopeIsAUsageError() {
    CommandRun none = new CommandRun();
    assertThat(none.run("failback", fabric, "--zone", "gz-1", "--yes", "--journal", journal))
        .isEqualTo(ExitCodes.NOT_OK);
    assertThat(none.out.toString()).contains("no failover in force for gz-1");
    CommandRun usage = new CommandRun();
    assertThat(usage.run("failback", fabric, "--yes")).isEqualTo(ExitCodes.USAGE);
    assertThat(usage.err.toString()).contains("say what to fail back");
  }

  @Test
  void finishOfAnOperationThatIsNotIncompleteIsRefusedAndChangesNothing() {
    CommandRun none = new CommandRun();
    assertThat(
            none.run(
                "finish",
                fabric,
                "--operation",
                "20260101-000000-abcd",
                "--yes",
                "--journal",
                journal))
        .as(none.out + none.err.toString())
        .isEqualTo(ExitCodes.NOT_OK);
    assertThat(none.out.toString())
        .contains("no operation 20260101-000000-abcd in the gateway cluster: nothing to finish");
    assertNothingInForce();
  }

  @Test
  void rerouteOfAnAppWithoutRemoteAddressSaysWhy() {
    CommandRun run = new CommandRun();
    assertThat(
            run.run(
                "reroute",
                fabric,
                "--app",
                "app1",
                "--zone",
                "gz-1",
                "--to",
                "sh-1",
                "--yes",
                "--journal",
                journal))
        .isEqualTo(ExitCodes.NOT_OK);
    assertThat(run.out.toString()).contains("refused").contains("no remoteAddress");
  }
}
