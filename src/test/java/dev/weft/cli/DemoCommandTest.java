package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
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
  void helpNamesTheOptionsOfTheIssue() {
    assertThat(run("demo", "--help")).isZero();
    assertThat(out.toString())
        .contains("--zones=N", "--apps=M", "--replicas=R", "--seed=S", "--out=DIR");
  }

  @Test
  void noZonesIsAUsageError() {
    assertThat(run("demo", "--zones", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--zones");
  }
}
