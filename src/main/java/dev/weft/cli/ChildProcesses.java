package dev.weft.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Starting and timing whole processes for the benchmarks: Weft itself as a user starts it, and
/// other commands. Stateless; every method blocks the calling thread.
final class ChildProcesses {
  /// @param millis wall time from start to the last process's end
  /// @param exitCode the largest exit code of the processes
  record Run(long millis, int exitCode) {}

  private ChildProcesses() {}

  /// The command that starts Weft as this process was started: `java -jar weft.jar` from the
  /// jar (its launcher then uses the AOT cache beside it), else `java -cp … dev.weft.Main`.
  static List<String> weft() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path jar = jar();
    if (jar != null) {
      return List.of(java, "-jar", jar.toString());
    }
    return List.of(java, "-cp", System.getProperty("java.class.path"), "dev.weft.Main");
  }

  /// Whether an AOT cache lies beside the jar this process runs from.
  static boolean aotCacheBesideJar() {
    Path jar = jar();
    return jar != null && Files.isRegularFile(jar.resolveSibling("weft.aot"));
  }

  /// The options that start one JVM on the AOT cache beside the jar, as the launcher's child is
  /// started (and tell the launcher not to start another); empty without a cache.
  static List<String> aotOptions() {
    Path jar = jar();
    if (jar == null || !Files.isRegularFile(jar.resolveSibling("weft.aot"))) {
      return List.of();
    }
    String cache = jar.resolveSibling("weft.aot").toAbsolutePath().toString();
    return List.of(
        "-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off", "-Dweft.aot=" + cache);
  }

  private static Path jar() {
    try {
      Path source =
          Path.of(ChildProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(source) && source.toString().endsWith(".jar") ? source : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /// Starts every command at once (output discarded, no input) and waits for all of them.
  static Run time(List<List<String>> commands, Map<String, String> env)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<Process> started = new ArrayList<>();
    for (List<String> command : commands) {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
      builder.environment().putAll(env);
      started.add(builder.start());
    }
    int code = 0;
    for (Process p : started) {
      code = Math.max(code, p.waitFor());
    }
    return new Run((System.nanoTime() - start) / 1_000_000, code);
  }

  private static String nullDevice() {
    return File.separatorChar == '\\' ? "NUL" : "/dev/null";
  }

  /// The machine's load averages (1, 5, 15 min) where the system tells them, else "unknown".
  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      double one =
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return one < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", one);
    }
  }
}
