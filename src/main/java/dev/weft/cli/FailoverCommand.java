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

/// `weft failover FABRIC --zone Z [--to ZONE]`: drains a zone at the gateway.
@Command(
    name = "failover",
    mixinStandardHelpOptions = true,
    description =
        "Drain a zone at the gateway: its weight goes to 0, its share to the other zones (or to --to).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done and verified (or, with --dry-run, the dry run passed)",
      "1:refused or failed (the result names any cluster left changed)",
      "2:usage error, or the fabric file cannot be read"
    })
final class FailoverCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FABRIC", description = "The fabric file.")
  private Path file;

  @Option(
      names = "--zone",
      required = true,
      paramLabel = "ZONE",
      description = "The zone to drain.")
  private String zone;

  @Option(
      names = "--to",
      paramLabel = "ZONE",
      description = "The one zone that takes the drained share (default: all others, by weight).")
  private String to;

  @Mixin private ActionFlags flags;

  @Override
  public Integer call() {
    return new ActionRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), flags)
        .run(file, actions -> new ActionRequest.Drain(zone, to));
  }
}
