package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void anUnknownAsUserIsAUsageError() {
    assertThat(run("demo", "--as", "root")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--as takes admin, oncall, viewer, not root");
  }

  @Test
  void anUnusableOutFolderIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("taken");
    Files.writeString(file, "not a folder");
    assertThat(run("demo", "--out", file.resolve("demo").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString().strip())
        .startsWith("weft demo: cannot use " + file.resolve("demo"))
        .doesNotContain("\n", "Exception", "\tat ");
  }
}
