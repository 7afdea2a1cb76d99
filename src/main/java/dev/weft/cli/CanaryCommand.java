package dev.weft.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `weft canary start|status|promote|pause|resume|abort`: canary releases from the command line.
@Command(
    name = "canary",
    mixinStandardHelpOptions = true,
    description =
        "Release a new version of one app: a canary beside the stable one in one zone, judged by the fabric's gates, then promoted zone by zone, or aborted everywhere.",
    subcommands = {
      CanaryStartCommand.class,
      CanaryStatusCommand.class,
      CanaryPromoteCommand.class,
      CanaryControlCommands.Pause.class,
      CanaryControlCommands.Resume.class,
      CanaryControlCommands.Abort.class
    })
final class CanaryCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do: start, status, promote, pause, resume or abort");
  }
}
