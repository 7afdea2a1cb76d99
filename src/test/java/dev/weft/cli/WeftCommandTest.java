package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WeftCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var commandLine =
        WeftCommand.commandLine(
            fabric -> {
              throw new AssertionError("no window in this test");
            });
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
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
