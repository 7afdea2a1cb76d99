package dev.weft.cli;

import dev.weft.action.canary.CanaryResult;
import dev.weft.action.canary.StartPlan;
import dev.weft.action.canary.StartRequest;
import dev.weft.fabric.HealthGates;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `weft canary start FABRIC --app A --image IMAGE [--zone Z] [--replicas N] [--soak 60s]`.
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description =
        "Start a canary: <deployment>-canary beside the stable Deployment in one zone, the new image, the same Service.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:started", "1:refused (the reason is printed)", "2:usage error"})
final class CanaryStartCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private CanaryFlags flags;

  @Option(names = "--app", required = true, paramLabel = "APP", description = "The app.")
  private String app;

  @Option(
      names = "--image",
      required = true,
      paramLabel = "IMAGE",
      description = "The new image, or just a tag (the stable image's repository is kept).")
  private String image;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "The canary zone (default: the first of canary.order).")
  private String zone;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "1",
      description = "The canary's size (default: ${DEFAULT-VALUE}).")
  private int replicas;

  @Option(
      names = "--soak",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long the gates must hold in each zone (default: canary.gates.soak).")
  private Duration soak;

  @Option(
      names = "--deadline",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long a zone may take to pass (default: canary.gates.deadline).")
  private Duration deadline;

  @Option(
      names = "--min-ready",
      paramLabel = "RATIO",
      description = "Ready pods over desired, 0–1.")
  private Double minReady;

  @Option(names = "--max-restarts", paramLabel = "N", description = "Restarts tolerated.")
  private Integer maxRestarts;

  @Option(names = "--max-warnings", paramLabel = "N", description = "Warning events tolerated.")
  private Integer maxWarnings;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why; goes to the journal.")
  private String reason = "";

  @Option(names = "--yes", description = "Go ahead without asking (needed without a terminal).")
  private boolean yes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return CanaryRunner.run(
        flags,
        err,
        (fabric, engine) -> {
          HealthGates base =
              fabric.canary() != null && fabric.canary().gates() != null
                  ? fabric.canary().gates()
                  : HealthGates.defaults();
          HealthGates gates =
              new HealthGates(
                  minReady == null ? base.minReadyRatio() : minReady,
                  maxRestarts == null ? base.maxRestarts() : maxRestarts,
                  maxWarnings == null ? base.maxWarningEvents() : maxWarnings,
                  soak == null ? base.soak() : soak,
                  deadline == null ? base.deadline() : deadline);
          StartPlan plan = engine.plan(new StartRequest(app, image, zone, replicas, gates, reason));
          out.print(plan.text());
          out.flush();
          if (!plan.feasible()) {
            return ExitCodes.NOT_OK;
          }
          if (!CanaryRunner.confirmed(yes, err)) {
            return ExitCodes.NOT_OK;
          }
          CanaryResult result = engine.start(plan);
          (result.ok() ? out : err).println(result.message());
          return result.ok() ? ExitCodes.OK : ExitCodes.NOT_OK;
        });
  }
}
