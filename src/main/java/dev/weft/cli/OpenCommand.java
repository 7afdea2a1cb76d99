package dev.weft.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/// `weft open [FABRIC]`: opens the window on a fabric file, or on the embedded demo fabric.
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = "Open the window on a fabric file (default: the embedded demo fabric).")
final class OpenCommand implements Callable<Integer> {
  @ParentCommand private WeftCommand parent;

  @Parameters(arity = "0..1", paramLabel = "FABRIC", description = "The fabric file to open.")
  private Path fabric;

  @Override
  public Integer call() {
    return parent.windowLauncher().open(fabric);
  }
}
