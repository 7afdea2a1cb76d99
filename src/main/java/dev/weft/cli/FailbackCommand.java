package dev.weft.cli;

import dev.weft.action.ActionRequest;
import dev.weft.action.FailbackScope;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `weft failback FABRIC (--zone Z | --app A --zone Z | --operation ID | --all)`: undoes
/// failovers in force; `--operation` of an incomplete operation rolls it back.
@Command(
    name = "failback",
    mixinStandardHelpOptions = true,
    description = {
      "Fail back: restore exactly what failovers changed.",
      "--zone Z: the drains of Z; --app A --zone Z: the reroute of A's calls from Z;",
      "--operation ID: one operation (an incomplete one is rolled back); --all: everything."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done and verified", "1:refused or failed", "2:usage error"})
final class FailbackCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FABRIC", description = "The fabric file.")
  private Path file;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "A drained zone, or with --app the zone whose calls were rerouted.")
  private String zone;

  @Option(names = "--app", paramLabel = "APP", description = "The rerouted app (with --zone).")
  private String app;

  @Option(
      names = "--operation",
      paramLabel = "ID",
      description = "One operation, as weft status and the journal name it.")
  private String operation;

  @Option(names = "--all", description = "Every failover in force.")
  private boolean all;

  @Mixin private ActionFlags flags;

  @Override
  public Integer call() {
    int chosen = (all ? 1 : 0) + (operation != null ? 1 : 0) + (zone != null ? 1 : 0);
    if (chosen != 1 || (app != null && zone == null)) {
      throw new ParameterException(
          spec.commandLine(),
          "say what to fail back: --zone Z, --app A --zone Z, --operation ID or --all (one of them)");
    }
    return new ActionRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), flags)
        .run(
            file,
            actions -> {
              if (operation != null) {
                boolean incomplete =
                    actions.incomplete().stream().anyMatch(i -> i.operationId().equals(operation));
                return incomplete
                    ? new ActionRequest.RollBack(operation)
                    : new ActionRequest.Failback(new FailbackScope.Operation(operation));
              }
              FailbackScope scope =
                  all
                      ? new FailbackScope.All()
                      : app != null
                          ? new FailbackScope.Placement(app, zone)
                          : new FailbackScope.Zone(zone);
              return new ActionRequest.Failback(scope);
            });
  }
}
