package dev.weft.cli;

import dev.weft.fabric.FabricError;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `weft validate FILE`: checks a fabric file and prints every problem found.
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a fabric file; print every problem with file:line:column.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the file is valid",
      "1:the file is invalid",
      "2:usage error, or the file cannot be read (missing, a folder, not allowed)"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The fabric file to check.")
  private Path file;

  @Override
  public Integer call() {
    return switch (new FabricReader().read(file)) {
      case FabricReadResult.Valid valid -> {
        var fabric = valid.fabric();
        spec.commandLine()
            .getOut()
            .printf(
                "%s: valid fabric '%s' (%d zones, %d apps)%n",
                file, fabric.name(), fabric.zones().size(), fabric.apps().size());
        yield ExitCodes.OK;
      }
      case FabricReadResult.Invalid invalid -> {
        var err = spec.commandLine().getErr();
        for (FabricError error : invalid.errors()) {
          err.println(error.format());
        }
        if (invalid.unreadable()) {
          yield ExitCodes.USAGE;
        }
        err.printf(
            "%s: %d problem%s%n",
            file, invalid.errors().size(), invalid.errors().size() == 1 ? "" : "s");
        yield ExitCodes.NOT_OK;
      }
    };
  }
}
