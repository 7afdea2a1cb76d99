package dev.weft.cli;

import dev.weft.action.ActionRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `weft finish FABRIC --operation ID`: completes an operation left half done, the twin of
/// `weft failback --operation ID`, which rolls it back.
@Command(
    name = "finish",
    mixinStandardHelpOptions = true,
    description = {
      "Finish an operation that a Weft left half done.",
      "Its remaining steps are planned again from the live objects and applied; steps already in",
      "place are skipped."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done and verified (or, with --dry-run, the dry run passed)",
      "1:refused (e.g. the operation is not incomplete) or failed",
      "2:usage error, or the fabric file cannot be read"
    })
final class FinishCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FABRIC", description = "The fabric file.")
  private Path file;

  @Option(
      names = "--operation",
      required = true,
      paramLabel = "ID",
      description = "The incomplete operation, as weft status names it.")
  private String operation;

  @Mixin private ActionFlags flags;

  @Override
  public Integer call() {
    return new ActionRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), flags)
        .run(file, actions -> new ActionRequest.Finish(operation));
  }
}
