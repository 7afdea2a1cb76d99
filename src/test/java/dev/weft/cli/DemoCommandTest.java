package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
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
