package dev.weft.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// Runs the real kubectl against a demo's kubeconfig; `find()` is null where kubectl is not
/// on the PATH (tests skip then).
record Kubectl(String executable, Path kubeconfig, Path scratch) {
  /// What one run printed (standard output and error together) and its exit code.
  record Result(int exitCode, String output) {}

  static String find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  /// Runs kubectl and fails the test when it fails.
  String ok(String... args) {
    Result result = run(args);
    if (result.exitCode() != 0) {
      throw new AssertionError(
          "kubectl failed (" + result.exitCode() + "): " + List.of(args) + "\n" + result.output());
    }
    return result.output();
  }

  Result run(String... args) {
    List<String> command =
        new ArrayList<>(List.of(executable, "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(scratch, "kubectl", ".out");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("kubectl timed out: " + command);
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
