package dev.weft.cli;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.fabric.Zone;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `weft bench status [FABRIC]`: one-shot `weft status` beside `kubectl get deploy,pods` over
/// the same contexts, each run as a new process (what a person at a terminal waits for), turn
/// about; with no FABRIC, on the 3-zone demo started in a process of its own. Blocks.
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Time one-shot `weft status` beside `kubectl get deploy,pods` over the same contexts,",
      "each as a new process; without FABRIC, on the demo started in its own process."
    })
final class BenchStatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FABRIC", description = "A fabric file (the demo's).")
  private Path file;

  @Option(names = "--runs", defaultValue = "5", description = "Counted runs of each (5).")
  private int runs;

  @Option(
      names = "--train",
      hidden = true,
      paramLabel = "CACHE",
      description = "Instead, write the AOT cache CACHE from one `status` run in a JVM of its own.")
  private Path train;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (runs < 1 || runs > 100) {
      spec.commandLine().getErr().println("--runs must be 1 to 100");
      return ExitCodes.USAGE;
    }
    try (ChildDemo demo = file == null ? ChildDemo.start(ChildProcesses.weft()) : null) {
      Path fabricFile = demo == null ? file : demo.fabricFile();
      if (train != null) {
        return train(fabricFile, train);
      }
      if (!(new FabricReader().read(fabricFile) instanceof FabricReadResult.Valid valid)) {
        spec.commandLine().getErr().println(fabricFile + ": not a valid fabric file");
        return ExitCodes.USAGE;
      }
      return bench(out, fabricFile, valid.fabric());
    }
  }

  private int bench(PrintWriter out, Path fabricFile, Fabric fabric)
      throws IOException, InterruptedException {
    List<String> weft = new ArrayList<>(ChildProcesses.weft());
    // A long timeout: the figure is the time to an answer, not to a timeout on a busy machine.
    weft.addAll(List.of("status", fabricFile.toString(), "--timeout", "60s"));
    String kubeconfig =
        KubeconfigSource.forFabric(fabric).files().stream()
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator));
    List<List<String>> kubectl = new ArrayList<>();
    for (Zone zone : fabric.zones()) {
      kubectl.add(kubectl(zone.context(), zone.namespace()));
    }
    if (fabric.gateway() != null) {
      kubectl.add(kubectl(fabric.gateway().context(), fabric.gateway().namespace()));
    }
    Map<String, String> env = Map.of("KUBECONFIG", kubeconfig);
    boolean aot = ChildProcesses.aotCacheBesideJar();
    out.printf(
        "weft bench status: %s, %d runs each after one warm-up, turn about; %d cores, load %s%n",
        fabricFile, runs, Runtime.getRuntime().availableProcessors(), ChildProcesses.load());
    out.flush();
    // Each variant as a whole command and its environment: the default (the launcher starts a
    // child JVM on the AOT cache), the cache given to one JVM directly (no relaunch: what a
    // package's launcher can do), no cache, and the fabric8 path the lean one replaced.
    List<Timing> rows = new ArrayList<>();
    List<List<String>> commands = new ArrayList<>();
    List<Map<String, String>> envs = new ArrayList<>();
    rows.add(new Timing("weft status" + (aot ? " (AOT cache, relaunch)" : " (no AOT cache)")));
    commands.add(weft);
    envs.add(Map.of());
    if (aot) {
      rows.add(new Timing("weft status (AOT cache, one JVM)"));
      commands.add(withJvmOptions(weft, ChildProcesses.aotOptions()));
      envs.add(Map.of());
      rows.add(new Timing("weft status (WEFT_AOT=off)"));
      commands.add(weft);
      envs.add(Map.of("WEFT_AOT", "off"));
    }
    rows.add(new Timing("weft status, fabric8 path (-Dweft.lean=off)"));
    commands.add(withJvmOptions(weft, List.of("-Dweft.lean=off")));
    envs.add(Map.of());
    rows.add(new Timing("kubectl get deploy,pods × " + kubectl.size() + " (parallel)"));
    for (int run = 0; run <= runs; run++) {
      boolean counted = run > 0;
      for (int i = 0; i < commands.size(); i++) {
        rows.get(i).add(counted, ChildProcesses.time(List.of(commands.get(i)), envs.get(i)));
      }
      rows.getLast().add(counted, ChildProcesses.time(kubectl, env));
    }
    out.printf(
        "%-46s %8s %8s %8s  %s%n", "command (whole process)", "p50 ms", "min ms", "max", "exit");
    rows.forEach(r -> out.println(r.format()));
    out.printf("load after: %s%n", ChildProcesses.load());
    out.flush();
    return ExitCodes.OK;
  }

  /// The AOT cache's training run: exactly the one-shot `status` a user runs (the table), in a
  /// JVM of its own started as the launcher starts Weft, so the cache holds what that command
  /// loads and links and no more (this JVM's benchmark, demo and picocli models of every
  /// command would only make a bigger cache to map at every start). Its output is discarded;
  /// its standard error is shown when it fails.
  private int train(Path fabricFile, Path cache) throws IOException, InterruptedException {
    List<String> command =
        withJvmOptions(
            ChildProcesses.weft(),
            List.of(
                "-XX:AOTCacheOutput=" + cache.toAbsolutePath(),
                "-Xlog:aot=error",
                "-Xlog:cds=error",
                "-Dweft.aot=train"));
    command.addAll(List.of("status", fabricFile.toString(), "--timeout", "60s"));
    Path log = java.nio.file.Files.createTempFile("weft-aot-train", ".log");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(log.toFile())
              .start();
      int code = p.waitFor();
      if (code > ExitCodes.NOT_OK || !java.nio.file.Files.isRegularFile(cache)) {
        spec.commandLine().getErr().print(java.nio.file.Files.readString(log));
        spec.commandLine().getErr().println("the AOT cache's training run failed: exit " + code);
        return ExitCodes.NOT_OK;
      }
      return ExitCodes.OK;
    } finally {
      java.nio.file.Files.deleteIfExists(log);
    }
  }

  /// `java OPTIONS -jar …`: the options go before the main class or jar.
  private static List<String> withJvmOptions(List<String> command, List<String> options) {
    List<String> out = new ArrayList<>();
    out.add(command.getFirst());
    out.addAll(options);
    out.addAll(command.subList(1, command.size()));
    return out;
  }

  private List<String> kubectl(String context, String namespace) {
    return List.of("kubectl", "--context", context, "-n", namespace, "get", "deploy,pods");
  }

  /// One command's wall times, in milliseconds, and the exit codes it gave.
  private static final class Timing {
    private final String name;
    private final List<Long> millis = new ArrayList<>();
    private final java.util.Set<Integer> codes = new java.util.TreeSet<>();

    Timing(String name) {
      this.name = name;
    }

    void add(boolean counted, ChildProcesses.Run run) {
      if (counted) {
        millis.add(run.millis());
        codes.add(run.exitCode());
      }
    }

    String format() {
      List<Long> sorted = millis.stream().sorted().toList();
      return String.format(
          java.util.Locale.ROOT,
          "%-46s %8d %8d %8d  %s",
          name,
          sorted.get((sorted.size() - 1) / 2),
          sorted.getFirst(),
          sorted.getLast(),
          codes);
    }
  }
}
