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

/// `weft evacuate FABRIC --zone Z`: drain and move every reroute into the zone back home.
@Command(
    name = "evacuate",
    mixinStandardHelpOptions = true,
    description =
        "Evacuate a zone: drain it and move every dependency rerouted into it back home, as one operation.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done and verified", "1:refused or failed", "2:usage error"})
final class EvacuateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FABRIC", description = "The fabric file.")
  private Path file;

  @Option(
      names = "--zone",
      required = true,
      paramLabel = "ZONE",
      description = "The zone to evacuate.")
  private String zone;

  @Mixin private ActionFlags flags;

  @Override
  public Integer call() {
    return new ActionRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), flags)
        .run(file, actions -> new ActionRequest.Evacuate(zone));
  }
}
