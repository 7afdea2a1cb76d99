package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `weft open /nonexist.yaml` opened a window saying "the map still shows what was open before"
/// (nothing was): a file that cannot be read is exit 2 from every command.
class OpenCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingFabricFileIsExitTwoWithoutAWindow() {
    CommandRun run = new CommandRun();
    Path missing = dir.resolve("nonexist.yaml");
    assertThat(run.run("open", missing.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err.toString()).contains(missing.toString());
  }
}
