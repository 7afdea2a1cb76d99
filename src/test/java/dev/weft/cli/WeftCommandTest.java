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
