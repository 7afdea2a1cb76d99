package dev.weft.cli;

import dev.weft.action.ActionListener;
import dev.weft.action.ActionOptions;
import dev.weft.action.ActionRequest;
import dev.weft.action.Actions;
import dev.weft.action.Confirmation;
import dev.weft.action.FailbackScope;
import dev.weft.action.Outcome;
import dev.weft.action.Phase;
import dev.weft.action.Plan;
import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.sim.Timings;
import dev.weft.fabric.Fabric;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `weft bench actions`: drain/failback pairs on the embedded demo, timed from confirm to
/// verified, with each phase's share. Blocks for the whole run.
@Command(
    name = "actions",
    mixinStandardHelpOptions = true,
    description =
        "Drain/failback pairs on the demo: confirm → verified p50/p99 and each step's share.")
final class BenchActionsCommand implements Callable<Integer> {
  private static final Duration TARGET = Duration.ofSeconds(1);

  @Spec private CommandSpec spec;

  @Option(
      names = "--pairs",
      defaultValue = "50",
      description = "Drain/failback pairs (default: ${DEFAULT-VALUE}).")
  private int pairs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("weft-bench-actions");
    try (RunningDemo demo =
        DemoFabric.start(DemoOptions.defaults().withOutDir(dir).withTimings(Timings.fast()))) {
      Fabric fabric = ActionRunner.fabric(demo.fabricFile(), spec.commandLine().getErr());
      try (Actions actions =
          Actions.open(
              fabric,
              KubeconfigSource.forFabric(fabric),
              ActionOptions.defaults().withJournal(dir.resolve("journal.jsonl")))) {
        awaitHealthy(actions);
        List<Duration> runs = new ArrayList<>();
        Map<Phase, Duration> sums = new EnumMap<>(Phase.class);
        for (int i = 0; i < pairs * 2; i++) {
          ActionRequest request =
              i % 2 == 0
                  ? new ActionRequest.Drain("gz-1", null)
                  : new ActionRequest.Failback(new FailbackScope.Zone("gz-1"));
          Plan plan = actions.plan(request, "bench");
          long start = System.nanoTime();
          Outcome outcome = actions.run(plan, Confirmation.plain(), ActionListener.NONE);
          runs.add(Duration.ofNanos(System.nanoTime() - start));
          if (outcome.status() != Outcome.Status.DONE) {
            spec.commandLine()
                .getErr()
                .println("weft: " + request.describe() + ": " + outcome.message());
            return ExitCodes.NOT_OK;
          }
          plan.timings().forEach((p, d) -> sums.merge(p, d, Duration::plus));
          outcome.timings().forEach((p, d) -> sums.merge(p, d, Duration::plus));
        }
        return report(out, runs, sums);
      }
    }
  }

  private static void awaitHealthy(Actions actions) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Plan plan =
          actions.plan(new ActionRequest.Drain("gz-1", null), "bench: waiting for the demo");
      if (plan.blockers(Confirmation.plain()).isEmpty()) {
        return;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
    }
  }

  private int report(PrintWriter out, List<Duration> runs, Map<Phase, Duration> sums) {
    List<Duration> sorted = runs.stream().sorted().toList();
    Duration p50 = sorted.get(sorted.size() / 2);
    Duration p99 =
        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
    out.printf(
        "weft bench actions: %d drain/failback pairs on the demo (3 zones, loopback)%n", pairs);
    out.printf(
        "confirm → verified: p50 %d ms, p99 %d ms (target ≤ %d ms)%n",
        p50.toMillis(), p99.toMillis(), TARGET.toMillis());
    long total = sums.values().stream().mapToLong(Duration::toNanos).sum();
    for (Phase phase :
        List.of(Phase.PLAN, Phase.PERMISSION, Phase.DRY_RUN, Phase.APPLY, Phase.VERIFY)) {
      Duration d = sums.getOrDefault(phase, Duration.ZERO);
      String name =
          switch (phase) {
            case PLAN -> "plan (live reads)";
            case PERMISSION -> "SSAR";
            case DRY_RUN -> "dry run";
            case APPLY -> "write (+ record)";
            case VERIFY -> "verify";
            default -> phase.name();
          };
      out.printf(
          "  %-18s %6.1f ms per action, %4.1f %%%n",
          name, d.toNanos() / 1e6 / runs.size(), total == 0 ? 0 : 100.0 * d.toNanos() / total);
    }
    out.flush();
    return p99.compareTo(TARGET) <= 0 ? ExitCodes.OK : ExitCodes.NOT_OK;
  }
}
