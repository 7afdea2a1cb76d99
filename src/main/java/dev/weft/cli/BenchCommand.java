package dev.weft.cli;

import dev.weft.bench.CacheFootprint;
import dev.weft.bench.IngestBenchmark;
import dev.weft.bench.IngestTarget;
import dev.weft.bench.MockIngestTarget;
import dev.weft.fabric.Fabric;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/// `weft bench`: benchmarks, not tests; they print measured figures beside their targets.
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print measured figures beside their targets.",
    subcommands = {
      BenchCommand.Ingest.class,
      BenchUiCommand.class,
      BenchActionsCommand.class,
      BenchStatusCommand.class,
      BenchRecordCommand.class
    })
final class BenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private WeftCommand parent;

  Desktop desktop() {
    return parent.desktop();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /// `weft bench ingest`: the live model's ingest, lean cache beside fabric8's full cache.
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = "Sync time, event latency and heap per pod of the live model.")
  static final class Ingest implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = "--zones", defaultValue = "10", description = "Zones (default: 10).")
    private int zones;

    @Option(names = "--pods", defaultValue = "2500", description = "Pods per zone (2500).")
    private int pods;

    @Option(names = "--rate", defaultValue = "2000", description = "Pod events/s (2000).")
    private int rate;

    @Option(
        names = "--load",
        defaultValue = "10s",
        converter = DurationConverter.class,
        description = "How long the event load runs (default: ${DEFAULT-VALUE}).")
    private Duration load;

    /// What the live model ingests from.
    enum Target {
      /// The demo fabric in a process of its own (`weft demo`), touched through its API.
      demo,
      /// The demo fabric in this JVM, touched straight in its store (shares the CPU it measures).
      embedded,
      /// fabric8's CRUD mock servers; their list and watch handling dominate at full scale.
      mock
    }

    @Option(
        names = "--target",
        defaultValue = "demo",
        description = "What to ingest from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Target target;

    @Option(names = "--lean-only", description = "Skip the full-object cache run.")
    private boolean leanOnly;

    @Option(
        names = "--footprint-only",
        description = "Only measure heap per pod of both caches (no servers, no load).")
    private boolean footprintOnly;

    @Option(
        names = "--no-warmup",
        negatable = true,
        defaultValue = "true",
        description = "First run a short unmeasured pass, so the JIT is warm for both variants.")
    private boolean warmup;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = Files.createTempDirectory("weft-bench");
      out.printf(
          "weft bench ingest (%s): %d zones × %d pods, %d pod events/s for %ds, %d cores,"
              + " heap %d MB%n",
          footprintOnly ? "no servers" : target + " fabric",
          zones,
          pods,
          rate,
          load.toSeconds(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      out.flush();
      List<IngestBenchmark.Result> results = new ArrayList<>();
      Fabric fabric;
      try (IngestTarget bench = start(dir, out)) {
        fabric = bench.fabric();
        if (footprintOnly) {
          return footprint(out, fabric, results);
        }
        if (warmup) {
          // Both variants warm up: a variant measured first would otherwise pay for the JIT
          // and the connection pools the second one finds warm.
          IngestBenchmark.run(bench, true, rate, Duration.ofSeconds(3));
          if (!leanOnly) {
            IngestBenchmark.run(bench, false, rate, Duration.ofSeconds(3));
          }
        }
        results.add(IngestBenchmark.run(bench, true, rate, load));
        if (!leanOnly) {
          results.add(IngestBenchmark.run(bench, false, rate, load));
        }
        if (bench instanceof dev.weft.bench.ApiIngestTarget api) {
          out.printf("touches the demo refused or left unanswered: %d%n", api.refused());
        }
      }
      return footprint(out, fabric, results);
    }

    private IngestTarget start(Path dir, PrintWriter out) throws IOException, InterruptedException {
      if (footprintOnly || target == Target.mock) {
        return MockIngestTarget.start(zones, footprintOnly ? 0 : pods, dir);
      }
      if (target == Target.embedded) {
        return DemoIngestTarget.start(zones, pods, dir);
      }
      return ChildDemoIngestTarget.start(zones, pods, out);
    }

    private int footprint(PrintWriter out, Fabric fabric, List<IngestBenchmark.Result> results)
        throws InterruptedException {
      long lean = CacheFootprint.bytesPerPod(fabric, zones * pods, true);
      long full = CacheFootprint.bytesPerPod(fabric, zones * pods, false);
      out.print(results.isEmpty() ? "\n" : BenchTable.format(results));
      out.print(BenchTable.footprint(lean, full));
      out.printf("load after: %s%n", ChildProcesses.load());
      out.flush();
      return ExitCodes.OK;
    }
  }
}
