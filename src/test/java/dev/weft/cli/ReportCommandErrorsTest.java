package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `weft report` says what is wrong in words: it printed "weft: java.io.IOException: no
/// recording at …".
class ReportCommandErrorsTest {
  @TempDir Path dir;

  @Test
  void aMissingRecordingIsSaidInWords() {
    CommandRun run = new CommandRun();
    int code =
        run.run(
            "report",
            dir.resolve("none.weftrec").toString(),
            "--out",
            dir.resolve("r.html").toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err.toString())
        .startsWith("weft: no recording at ")
        .doesNotContain("java.io", "Exception");
  }

  @Test
  void anOutputFolderThatDoesNotExistIsSaidInWords() {
    assertThat(ReportCommand.reason(new java.nio.file.NoSuchFileException("/nonexist/dir/r.html")))
        .isEqualTo("cannot write /nonexist/dir/r.html: its folder does not exist");
  }
}
