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

/// `weft reroute FABRIC --app A --zone Z --to ZONE`: the zone's callers of an app reach it in
/// another zone.
@Command(
    name = "reroute",
    mixinStandardHelpOptions = true,
    description = "Reroute a dependency: ZONE's callers of APP reach APP in the --to zone.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done and verified", "1:refused or failed", "2:usage error"})
final class RerouteCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FABRIC", description = "The fabric file.")
  private Path file;

  @Option(
      names = "--app",
      required = true,
      paramLabel = "APP",
      description = "The app whose calls move.")
  private String app;

  @Option(
      names = "--zone",
      required = true,
      paramLabel = "ZONE",
      description = "The zone whose calls move.")
  private String zone;

  @Option(names = "--to", required = true, paramLabel = "ZONE", description = "Where the calls go.")
  private String to;

  @Mixin private ActionFlags flags;

  @Override
  public Integer call() {
    return new ActionRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), flags)
        .run(file, actions -> new ActionRequest.Reroute(app, zone, to));
  }
}
