package dev.weft.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/// `weft open [FABRIC]`: opens the window on a fabric file, or on the embedded demo fabric.
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = "Open the window on a fabric file (default: the embedded demo fabric).")
final class OpenCommand implements Callable<Integer> {
  @ParentCommand private WeftCommand parent;

  @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin private NoRecordOption noRecord;

  @Parameters(arity = "0..1", paramLabel = "FABRIC", description = "The fabric file to open.")
  private Path fabric;

  @picocli.CommandLine.Option(
      names = "--recording",
      paramLabel = "FILE",
      description = "Replay a recording (a .weftrec file) instead of watching a fabric live.")
  private Path recording;

  @Override
  public Integer call() {
    if (recording != null) {
      if (fabric != null) {
        spec.commandLine().getErr().println("weft: open either a fabric or --recording, not both");
        return ExitCodes.USAGE;
      }
      return parent.windowLauncher().openRecording(recording);
    }
    // A file that cannot be read at all is 2, as from every command; one with problems opens,
    // and the window shows them and follows the file as it is fixed.
    if (fabric != null
        && new dev.weft.fabric.FabricReader().read(fabric)
            instanceof dev.weft.fabric.FabricReadResult.Invalid invalid
        && invalid.unreadable()) {
      var err = spec.commandLine().getErr();
      invalid.errors().stream().map(dev.weft.fabric.FabricError::format).forEach(err::println);
      return ExitCodes.USAGE;
    }
    return parent.windowLauncher().open(fabric);
  }
}
