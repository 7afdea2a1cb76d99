package dev.weft.cli;

import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoFolderException;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.demo.ScenarioCommands;
import dev.weft.demo.auth.DemoUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `weft demo`: starts the embedded demo fabric, writes its kubeconfig and fabric file, prints
/// how to use them, and runs until interrupted, reading scenario commands on standard input.
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start the demo fabric: simulated zone clusters and a gateway cluster.",
      "They run on loopback and speak the Kubernetes API; kubectl works against them.",
      "Runs until interrupted and reads scenario commands (type help) on standard input."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--zones",
      paramLabel = "N",
      defaultValue = "3",
      description = "Zone clusters (default: ${DEFAULT-VALUE}).")
  private int zones;

  @Option(
      names = "--apps",
      paramLabel = "M",
      defaultValue = "3",
      description = "Apps per zone, app1 → app2 → … (default: ${DEFAULT-VALUE}).")
  private int apps;

  @Option(
      names = "--replicas",
      paramLabel = "R",
      defaultValue = "3",
      description = "Pods per app and zone (default: ${DEFAULT-VALUE}).")
  private int replicas;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed for every random choice (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "demo",
      description = "Directory for kubeconfig and fabric.yaml (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(
      names = "--as",
      paramLabel = "USER",
      defaultValue = "admin",
      description =
          "Whose contexts the fabric file names: admin, oncall or viewer (default: ${DEFAULT-VALUE}).")
  private String user;

  @Option(
      names = "--fast",
      description = "Fast simulated control plane (pods ready in milliseconds), for benchmarks.")
  private boolean fast;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    if (zones < 1 || apps < 1 || replicas < 0) {
      spec.commandLine()
          .getErr()
          .println("weft demo: --zones and --apps must be at least 1, --replicas at least 0");
      return ExitCodes.USAGE;
    }
    if (!DemoUsers.PEOPLE.contains(user)) {
      spec.commandLine()
          .getErr()
          .println(
              "weft demo: --as takes " + String.join(", ", DemoUsers.PEOPLE) + ", not " + user);
      return ExitCodes.USAGE;
    }
    long started = System.nanoTime();
    DemoOptions options =
        DemoOptions.defaults()
            .withZones(zones)
            .withApps(apps)
            .withReplicas(replicas)
            .withSeed(seed)
            .withOutDir(out)
            .withUser(user);
    if (fast) {
      options = options.withTimings(dev.weft.demo.sim.Timings.fast());
    }
    RunningDemo demo;
    try {
      demo = DemoFabric.start(options);
    } catch (DemoFolderException e) {
      spec.commandLine().getErr().println("weft demo: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  demo.close();
                  stopped.countDown();
                },
                "weft-demo-shutdown"));
    printWelcome(console, demo, (System.nanoTime() - started) / 1_000_000);
    demo.notes().forEach(note -> console.println("note: " + note));
    console.flush();
    readCommands(demo, console);
    // Standard input ended (or was never there): keep serving until interrupted.
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private static void printWelcome(PrintWriter out, RunningDemo demo, long millis) {
    String kubeconfig = demo.kubeconfig().toString();
    String zone = demo.zoneNames().getFirst();
    out.printf(
        "Weft demo fabric is up in %d ms: %d zones (%s) and a gateway cluster.%n",
        millis, demo.zoneNames().size(), String.join(", ", demo.zoneNames()));
    out.printf("  kubeconfig:  %s%n  fabric file: %s%n%n", kubeconfig, demo.fabricFile());
    out.println("Point kubectl at it:");
    out.printf("  export KUBECONFIG=%s%n", demo.kubeconfig().toAbsolutePath());
    out.printf("  kubectl --context %s get pods%n", demo.contextOf(zone));
    out.printf(
        "  kubectl --context %s delete pod <name>        # comes back%n", demo.contextOf(zone));
    out.printf("  kubectl --context %s scale deployment app1 --replicas 5%n", demo.contextOf(zone));
    out.printf("  kubectl --context %s rollout status deployment app1%n", demo.contextOf(zone));
    out.printf(
        "  kubectl --context %s -n %s get httproute %s -o yaml%n",
        demo.gatewayContext(), demo.gatewayNamespace(), demo.routeName());
    out.printf(
        "Contexts: %s, %s%n",
        String.join(", ", demo.zoneNames().stream().map(demo::contextOf).toList()),
        demo.gatewayContext());
    out.printf(
        "  each also as on-call engineer and viewer, e.g. %s, %s;%n",
        demo.contextOf(zone, "oncall"), demo.contextOf("gateway", "viewer"));
    out.printf(
        "  every change, or attempt, is logged to %s%n%n",
        demo.auditLog(zone).getParent().toAbsolutePath());
    out.println(ScenarioCommands.HELP);
    out.println();
    out.println("Press Ctrl+C to stop.");
    out.flush();
  }

  private static void readCommands(RunningDemo demo, PrintWriter out) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      ScenarioCommands.run(line, demo.scenarios(), out);
    }
  }
}
