package dev.weft.cli;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.cluster.LeanClients;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricError;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.record.Recorder;
import dev.weft.record.Recorders;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.LiveFabric;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `weft status FABRIC`: reads every zone once ([StatusOnce]: parallel lists, no informers) and
/// prints a table per zone (or JSON); with `--watch`, keeps a live model and prints on changes.
// Blocks the calling thread; never used from the window.
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Connect to every zone of a fabric and print its health.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every zone is live and healthy",
      "1:something is degraded, down, unreachable or stale",
      "2:usage error, or the fabric file cannot be read or is invalid",
      "3:timed out: some zone neither synced nor failed within --timeout"
    })
final class StatusCommand implements Callable<Integer> {
  /// How long closing the connections may hold up the exit once the answer is printed.
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  @Spec private CommandSpec spec;

  /// Only `--watch` records; a one-shot answer ignores it.
  @Mixin private NoRecordOption noRecord;

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
    StartupTrace.mark("status: parsed");
    var read = new FabricReader().read(file);
    StartupTrace.mark("status: fabric file read");
    return switch (read) {
      case FabricReadResult.Invalid invalid -> {
        invalid.errors().stream().map(FabricError::format).forEach(err::println);
        yield ExitCodes.USAGE;
      }
      case FabricReadResult.Valid valid -> {
        Fabric fabric = valid.fabric();
        Instant deadline = Instant.now().plus(timeout);
        if (!watch) {
          yield once(fabric, deadline);
        }
        var reading = FailoversInForce.start(fabric);
        // Only a watch records (a one-shot status says what is now, not what happened).
        var recorder = Recorders.startDefault(fabric, why -> err.println("weft: warning: " + why));
        LiveFabric live =
            LiveFabric.open(
                fabric,
                KubeconfigSource.forFabric(fabric),
                LiveFabric.Options.defaults(),
                recorder.orElse(null));
        try {
          yield run(live, spec.commandLine().getOut(), reading, deadline);
        } finally {
          Closing.within(live, CLOSE_WAIT);
          recorder.ifPresent(Recorder::close);
        }
      }
    };
  }

  /// One answer from one list per kind and cluster, read at once; no informer, no settling.
  /// The failovers in force are read over the same lean clients (one connection per cluster).
  private int once(Fabric fabric, Instant deadline) throws InterruptedException {
    KubeconfigSource kubeconfig = KubeconfigSource.forFabric(fabric);
    StatusOnce.Answer answer;
    try (LeanClients lean = new LeanClients(kubeconfig, StatusOnce.connectTimeout(timeout))) {
      var reading = FailoversInForce.start(fabric, lean);
      answer = StatusOnce.read(fabric, kubeconfig, lean, deadline, CLOSE_WAIT);
      StartupTrace.mark("status: clusters read");
      failovers = FailoversInForce.within(reading, deadline);
      StartupTrace.mark("status: failovers read");
    }
    FabricSnapshot snapshot = answer.snapshot();
    String timedOut = answer.settled() ? null : StatusReport.timedOut(snapshot, timeout);
    print(snapshot, timedOut, spec.commandLine().getOut());
    return timedOut != null ? ExitCodes.TIMED_OUT : StatusReport.exitCode(snapshot);
  }

  /// Prints the fabric once it settled (or the timeout passed), then, with `--watch`, again on
  /// every change of state (not of latency), at most once per second, until interrupted
  /// (Ctrl-C ends the process) or standard output is closed ([OutputClosed]).
  int run(LiveFabric live, PrintWriter out) throws InterruptedException {
    return run(
        live,
        out,
        CompletableFuture.completedFuture(FailoversInForce.NONE),
        Instant.now().plus(timeout));
  }

  int run(
      LiveFabric live,
      PrintWriter out,
      CompletableFuture<FailoversInForce> reading,
      Instant deadline)
      throws InterruptedException {
    boolean settled = live.awaitSettled(timeout);
    failovers = FailoversInForce.within(reading, deadline);
    FabricSnapshot snapshot = live.current();
    String timedOut = settled ? null : StatusReport.timedOut(snapshot, timeout);
    print(snapshot, timedOut, out);
    if (!watch) {
      return timedOut != null ? ExitCodes.TIMED_OUT : StatusReport.exitCode(snapshot);
    }
    Semaphore changed = new Semaphore(0);
    try (var subscription = live.onChange(changed::release)) {
      String printed = StatusReport.state(snapshot);
      while (true) {
        changed.acquire();
        changed.drainPermits();
        FabricSnapshot next = live.current();
        String state = StatusReport.state(next);
        if (!state.equals(printed)) {
          print(next, null, out);
          printed = state;
          TimeUnit.SECONDS.sleep(1);
        }
      }
    }
  }

  private void print(FabricSnapshot snapshot, String timedOut, PrintWriter out) {
    OutputClosed.println(
        out,
        json
            ? failovers.json(StatusReport.json(snapshot, timedOut))
            : StatusReport.table(snapshot, timedOut) + failovers.text());
  }
}
