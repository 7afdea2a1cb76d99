package dev.weft.cli;

import dev.weft.action.canary.CanaryEngine;
import dev.weft.action.canary.CanaryResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `weft canary pause|resume|abort FABRIC --app A [--yes]`.
final class CanaryControlCommands {
  private CanaryControlCommands() {}

  abstract static class Control implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CanaryFlags flags;

    @Option(names = "--app", required = true, paramLabel = "APP", description = "The app.")
    String app;

    @Option(names = "--yes", description = "Go ahead without asking (needed without a terminal).")
    boolean yes;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; goes to the journal.")
    String reason = "";

    abstract String verb();

    abstract CanaryResult apply(CanaryEngine engine);

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      BiFunction<dev.weft.fabric.Fabric, CanaryEngine, Integer> body =
          (fabric, engine) -> {
            out.println(verb() + " the canary release of " + app);
            out.flush();
            if (!CanaryRunner.confirmed(yes, err)) {
              return ExitCodes.NOT_OK;
            }
            CanaryResult result = apply(engine);
            (result.ok() ? out : err).println(result.message());
            return result.ok() ? ExitCodes.OK : ExitCodes.NOT_OK;
          };
      return CanaryRunner.run(flags, err, body);
    }
  }

  @Command(
      name = "pause",
      mixinStandardHelpOptions = true,
      description = "Pause the app's release where it stands; nothing is rolled back.")
  static final class Pause extends Control {
    @Override
    String verb() {
      return "pause";
    }

    @Override
    CanaryResult apply(CanaryEngine engine) {
      return engine.pause(app, reason);
    }
  }

  @Command(
      name = "resume",
      mixinStandardHelpOptions = true,
      description = "Resume a paused release; the zone being judged soaks again from now.")
  static final class Resume extends Control {
    @Override
    String verb() {
      return "resume";
    }

    @Override
    CanaryResult apply(CanaryEngine engine) {
      return engine.resume(app);
    }
  }

  @Command(
      name = "abort",
      mixinStandardHelpOptions = true,
      description =
          "Abort: every zone the release touched goes back to its previous image, the canary Deployment goes; prints what each zone runs now.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:aborted (or aborting: a zone that does not answer is retried)",
        "1:nothing to abort, or refused"
      })
  static final class Abort extends Control {
    @Override
    String verb() {
      return "abort";
    }

    @Override
    CanaryResult apply(CanaryEngine engine) {
      return engine.abort(app, reason);
    }
  }
}
