package dev.weft.cli;

import dev.weft.action.canary.CanaryResult;
import dev.weft.action.canary.Release;
import dev.weft.action.canary.ReleasePhase;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `weft canary promote FABRIC --app A [--yes] [--wait]`.
@Command(
    name = "promote",
    mixinStandardHelpOptions = true,
    description =
        "Promote the app's canary: once it holds its gates for the soak, the canary zone's stable Deployment takes the new image, then each next zone of canary.order in turn.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:promotion asked (with --wait: promoted to every zone)",
      "1:refused, or with --wait aborted or paused (why is printed)",
      "3:with --wait and --timeout: gave up waiting (the release goes on when stepped again)",
      "2:usage error"
    })
final class CanaryPromoteCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private CanaryFlags flags;

  @Option(names = "--app", required = true, paramLabel = "APP", description = "The app.")
  private String app;

  @Option(names = "--yes", description = "Go ahead without asking (needed without a terminal).")
  private boolean yes;

  @Option(
      names = "--wait",
      description =
          "Follow the promotion to its end, stepping it (this Weft drives the release while it waits).")
  private boolean await;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "With --wait, give up after this long (exit 3; the release stays where it is). Default: no limit.")
  private Duration timeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return CanaryRunner.run(
        flags,
        err,
        (fabric, engine) -> {
          Release r;
          try {
            r = engine.status(app);
          } catch (dev.weft.action.ApiException e) {
            err.println("weft: cannot read the release of " + app + ": " + e.describe());
            return ExitCodes.NOT_OK;
          }
          if (r != null && !r.phase().ended()) {
            out.println(
                "promote "
                    + app
                    + " to "
                    + r.image()
                    + " in order: "
                    + String.join(" → ", r.order()));
            out.flush();
            if (!CanaryRunner.confirmed(yes, err)) {
              return ExitCodes.NOT_OK;
            }
          }
          CanaryResult asked = engine.promote(app);
          (asked.ok() ? out : err).println(asked.message());
          out.flush();
          if (!asked.ok() && !asked.message().contains("already promoting")) {
            return ExitCodes.NOT_OK;
          }
          if (!await) {
            return ExitCodes.OK;
          }
          long started = System.nanoTime();
          long limit = timeout == null ? Long.MAX_VALUE : started + timeout.toNanos();
          Release end =
              engine.follow(
                  app,
                  Duration.ofMillis(100),
                  x -> x.phase().ended() || x.paused() || System.nanoTime() > limit);
          double took = (System.nanoTime() - started) / 1e9;
          if (end == null) {
            err.println("weft: the release of " + app + " is gone");
            return ExitCodes.NOT_OK;
          }
          CanaryText.print(out, end, null);
          if (!end.phase().ended() && !end.paused()) {
            err.println(
                "weft: gave up waiting after " + timeout.toSeconds() + " s: " + end.state());
            return ExitCodes.TIMED_OUT;
          }
          if (end.phase() == ReleasePhase.PROMOTED) {
            double soaks = end.gates().soak().toMillis() / 1000.0 * end.order().size();
            out.printf(
                java.util.Locale.ROOT,
                "promoted in %.1f s: soak × zones = %.1f s, Weft's own time %.1f s%n",
                took,
                soaks,
                took - soaks);
            out.flush();
            return ExitCodes.OK;
          }
          err.println(
              "weft: "
                  + (end.paused()
                      ? "paused: " + end.pauseReason()
                      : end.phase().label() + ": " + end.endReason()));
          return ExitCodes.NOT_OK;
        });
  }
}
