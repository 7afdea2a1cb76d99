package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// `weft validate`: 0 for a valid file, 1 for an invalid one, 2 for a usage error.
class ValidateCommandTest {
  private static final String BAD = "src/test/resources/fabrics/bad/";

  private final CommandRun cli = new CommandRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  /// What was printed, with line ends as on Linux.
  private static String text(StringWriter writer) {
    return writer.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void aValidFileExitsZero() {
    assertThat(run("validate", "resources/fabrics/health.yaml")).isEqualTo(ExitCodes.OK);
    assertThat(text(out))
        .isEqualTo("resources/fabrics/health.yaml: valid fabric 'health' (3 zones, 3 apps)\n");
    assertThat(text(err)).isEmpty();
  }

  @Test
  void anInvalidFileExitsOneAndPrintsEveryProblemWithItsPosition() {
    String file = "src/test/resources/fabrics/several-problems.yaml";

    assertThat(run("validate", file)).isEqualTo(ExitCodes.NOT_OK);

    assertThat(text(out)).isEmpty();
    assertThat(text(err))
        .startsWith(
            file + ":4:9: fabric name 'Health_Prod' has upper-case letters\n  hint: use a DNS-1123")
        .contains(file + ":26:17: dependency cycle: app1 → app2 → app3 → app1\n  hint: ")
        .endsWith(file + ": 8 problems\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty.yaml, 1:1: the file is empty",
    "not-yaml.yaml, 21:9: not valid YAML",
    "tab-indent.yaml, 11:1: a tab character",
    "cycle.yaml, 22:17: dependency cycle: web → api → web"
  })
  void badFilesExitOne(String file, String problem) {
    assertThat(run("validate", BAD + file)).isEqualTo(ExitCodes.NOT_OK);
    assertThat(text(err)).startsWith(BAD + file + ":" + problem).contains("1 problem\n");
  }

  @Test
  void aMissingFileExitsTwoAsForEveryCommandWithAMessageNotAStackTrace() {
    assertThat(run("validate", "no/such/fabric.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(text(err))
        .startsWith("no/such/fabric.yaml: no such file\n  hint: check the path")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void twoFilesAreAUsageError() {
    assertThat(run("validate", "a.yaml", "b.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(text(err)).contains("Unmatched argument").contains("--help");
  }

  @Test
  void noFileIsAUsageError() {
    assertThat(run("validate")).isEqualTo(ExitCodes.USAGE);
    assertThat(text(err)).contains("Missing required parameter: 'FILE'");
  }
}
