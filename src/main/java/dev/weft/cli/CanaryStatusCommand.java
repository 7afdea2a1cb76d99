package dev.weft.cli;

import dev.weft.action.ApiException;
import dev.weft.action.canary.CanaryEngine;
import dev.weft.action.canary.Release;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/// `weft canary status FABRIC [--app A] [--json] [--watch]`.
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show canary releases, read from the clusters: phase, zones done and to go, the gates now.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:the gateway cluster cannot be read", "2:usage error"})
final class CanaryStatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private CanaryFlags flags;

  @Option(names = "--app", paramLabel = "APP", description = "Only this app (default: all).")
  private String app;

  @Option(names = "--json", description = "Print JSON instead of text.")
  private boolean json;

  @Option(
      names = "--watch",
      description =
          "Keep stepping the release and print each change until it ends (this Weft drives it meanwhile).")
  private boolean watch;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return CanaryRunner.run(
        flags,
        err,
        (fabric, engine) -> {
          List<Release> releases;
          try {
            releases = releases(engine);
          } catch (ApiException e) {
            err.println("weft: cannot read releases from the gateway cluster: " + e.describe());
            return ExitCodes.NOT_OK;
          }
          if (!watch || releases.isEmpty()) {
            show(out, engine, releases);
            return ExitCodes.OK;
          }
          String last = "";
          while (!out.checkError()) {
            List<Release> now = new ArrayList<>();
            for (Release r : releases) {
              Release stepped = r.phase().ended() ? r : engine.step(r.app());
              now.add(stepped == null ? r : stepped);
            }
            String states = String.join("|", now.stream().map(Release::state).toList());
            if (!states.equals(last)) {
              show(out, engine, now);
              last = states;
            }
            if (now.stream().allMatch(r -> r.phase().ended())) {
              return ExitCodes.OK;
            }
            releases = now;
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
          }
          return ExitCodes.OUTPUT_CLOSED;
        });
  }

  private List<Release> releases(CanaryEngine engine) throws ApiException {
    if (app == null) {
      return engine.all();
    }
    Release r = engine.status(app);
    return r == null ? List.of() : List.of(r);
  }

  private void show(PrintWriter out, CanaryEngine engine, List<Release> releases) {
    if (json) {
      ArrayNode array = JsonMapper.shared().createArrayNode();
      releases.forEach(
          r -> array.add(CanaryText.json(r, r.phase().ended() ? null : engine.report(r))));
      out.println(array);
    } else if (releases.isEmpty()) {
      out.println(app == null ? "no canary releases" : "no canary release of " + app);
    } else {
      releases.forEach(r -> CanaryText.print(out, r, r.phase().ended() ? null : engine.report(r)));
    }
    out.flush();
  }
}
