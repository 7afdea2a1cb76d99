package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WeftCommandTest {
  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void versionPrintsWeftAndJava() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("weft ").contains("Java 25");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("--frobnicate")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unknown option: '--frobnicate'").contains("--help");
  }

  @Test
  void validateWithoutFileIsAUsageError() {
    assertThat(run("validate")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("FILE");
  }

  @Test
  void noRecordIsOfferedOnlyByTheCommandsThatRecord() {
    // The window (`weft`, `weft open`) and `status --watch` record; nothing else does.
    for (String[] recording : new String[][] {{"--help"}, {"open", "--help"}, {"status", "-h"}}) {
      CommandRun run = new CommandRun();
      assertThat(run.run(recording)).isZero();
      assertThat(run.out.toString()).as(String.join(" ", recording)).contains("--no-record");
    }
    String[][] notRecording = {
      {"validate", "--help"},
      {"demo", "--help"},
      {"snapshot", "--help"},
      {"record", "--help"},
      {"journal", "--help"},
      {"failover", "--help"},
      {"bench", "status", "--help"},
      {"canary", "status", "--help"}
    };
    for (String[] command : notRecording) {
      CommandRun run = new CommandRun();
      assertThat(run.run(command)).isZero();
      assertThat(run.out.toString()).as(String.join(" ", command)).doesNotContain("--no-record");
    }
    // Where it is not offered, it is an unknown option, as any other.
    assertThat(run("validate", "--no-record", "fabric.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unknown option: '--no-record'");
  }

  @Test
  void aNamedSubcommandIsBuiltAloneAndHelpStillListsEveryCommand() {
    Desktop desktop = Desktop.windowOnly(f -> 0);
    String[] status = {"--verbose", "status", "fabric.yaml"};

    assertThat(WeftCommand.commandLine(desktop, status).getSubcommands())
        .containsOnlyKeys("status");
    assertThat(WeftCommand.commandLine(desktop, new String[] {"--help"}).getSubcommands())
        .containsKeys("status", "validate", "canary", "help");
    assertThat(WeftCommand.commandLine(desktop, new String[] {"help", "status"}).getSubcommands())
        .containsKeys("status", "validate", "help");
    assertThat(run("help", "status")).isZero();
    assertThat(out.toString()).contains("weft status");
  }
}
