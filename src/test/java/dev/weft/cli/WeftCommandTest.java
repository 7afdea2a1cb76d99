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
}
