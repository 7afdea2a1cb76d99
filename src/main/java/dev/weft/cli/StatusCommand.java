package dev.weft.cli;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricError;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.LiveFabric;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `weft status FABRIC`: connects to every zone, waits until each is synced or has failed, then
/// prints a table per zone (or JSON). Blocks the calling thread; never used from the window.
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Connect to every zone of a fabric and print its health.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every zone is live and healthy",
      "1:something is degraded, down, unreachable or stale",
      "2:usage error, or the fabric file cannot be read"
    })
final class StatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FABRIC", description = "The fabric file.")
  private Path file;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  private boolean json;

  @Option(names = "--watch", description = "Keep printing as the fabric changes (at most 1/s).")
  private boolean watch;

  @Option(
      names = "--timeout",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How long to wait for every zone to sync or fail (default: ${DEFAULT-VALUE}).")
  private Duration timeout;

  private FailoversInForce failovers = FailoversInForce.NONE;

  @Override
  public Integer call() throws InterruptedException {
    var err = spec.commandLine().getErr();
    return switch (new FabricReader().read(file)) {
      case FabricReadResult.Invalid invalid -> {
        invalid.errors().stream().map(FabricError::format).forEach(err::println);
        yield ExitCodes.USAGE;
      }
      case FabricReadResult.Valid valid -> {
        Fabric fabric = valid.fabric();
        try (LiveFabric live = LiveFabric.open(fabric, KubeconfigSource.forFabric(fabric))) {
          failovers = FailoversInForce.read(fabric);
          yield run(live, spec.commandLine().getOut());
        }
      }
    };
  }

  /// Prints the fabric once it settled (or the timeout passed), then, with `--watch`, again on
  /// every change, at most once per second, until interrupted (Ctrl-C ends the process).
  int run(LiveFabric live, PrintWriter out) throws InterruptedException {
    live.awaitSettled(timeout);
    FabricSnapshot snapshot = live.current();
    print(snapshot, out);
    if (!watch) {
      return StatusReport.exitCode(snapshot);
    }
    Semaphore changed = new Semaphore(0);
    try (var subscription = live.onChange(changed::release)) {
      long printed = snapshot.version();
      while (true) {
        changed.acquire();
        changed.drainPermits();
        FabricSnapshot next = live.current();
        if (next.version() != printed) {
          print(next, out);
          printed = next.version();
          TimeUnit.SECONDS.sleep(1);
        }
      }
    }
  }

  private void print(FabricSnapshot snapshot, PrintWriter out) {
    out.println(
        json
            ? failovers.json(StatusReport.json(snapshot))
            : StatusReport.table(snapshot) + failovers.text());
    out.flush();
  }
}
