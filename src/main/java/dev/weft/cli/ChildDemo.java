package dev.weft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// The demo fabric in a process of its own (`weft demo --out DIR`), for benchmarks whose figures
/// must measure Weft, not the simulator sharing its CPU. Blocks in [#start] until the demo says
/// it is up; [#close] ends it and removes its folder. Not thread-safe.
final class ChildDemo implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private final Process process;
  private final Path dir;

  private ChildDemo(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
  }

  /// Starts `weft demo --out DIR` and the `demoArgs` with the `weft` command.
  static ChildDemo start(List<String> weft, String... demoArgs)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("weft-bench-demo");
    List<String> command = new ArrayList<>(weft);
    command.addAll(List.of("demo", "--out", dir.resolve("demo").toString()));
    command.addAll(List.of(demoArgs));
    Path log = dir.resolve("demo.log");
    // Its console reads standard input: a pipe this process keeps open, so it stays up.
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ChildDemo demo = new ChildDemo(process, dir);
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (!Files.readString(log).contains(" is up ")) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        String said = Files.readString(log);
        demo.close();
        throw new IOException(
            "the demo did not start: " + said.substring(Math.max(0, said.length() - 500)));
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    return demo;
  }

  Path fabricFile() {
    return dir.resolve("demo").resolve("fabric.yaml");
  }

  Path kubeconfig() {
    return dir.resolve("demo").resolve("kubeconfig");
  }

  /// The demo's process id, to say which process served the benchmark.
  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
