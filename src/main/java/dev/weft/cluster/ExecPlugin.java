package dev.weft.cluster;

import dev.weft.cluster.ContextResolver.Located;
import dev.weft.cluster.ContextResolver.Misconfiguration;
import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.ExecConfig;
import io.fabric8.kubernetes.api.model.ExecEnvVar;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/// A kubeconfig user's exec credential plugin (`aws eks get-token`, `gke-gcloud-auth-plugin`),
/// run by Weft itself rather than by fabric8, so that: its output is never printed (stderr is
/// discarded, stdout is read only as an ExecCredential); it runs on the calling thread with a
/// timeout, never on a scheduler other zones share; it is ended when Weft gives up on it, when
/// the waiting thread is interrupted, or when the JVM exits; and its failure is a reason a
/// person can act on ("exec plugin /usr/local/bin/aws exited 3"), never an anonymous client.
///
/// @param command the command as the kubeconfig writes it
/// @param executable the program found for it, or `null` when it is nowhere on `path`
/// @param path the PATH searched, named in the reasons
record ExecPlugin(
    String command,
    Path executable,
    List<String> args,
    Map<String, String> env,
    String path,
    String apiVersion) {
  private static final int MAX_OUTPUT = 1 << 20;
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform()
                .name("weft-exec-plugin-cleanup")
                .unstarted(() -> RUNNING.forEach(ExecPlugin::end)));
  }

  /// The credentials a plugin gave; any may be null.
  record Credentials(String token, String clientCertificateData, String clientKeyData) {}

  static ExecPlugin of(String userName, ExecConfig exec, Located<AuthInfo> user)
      throws Misconfiguration {
    String command = exec.getCommand();
    if (command == null || command.isBlank()) {
      throw new Misconfiguration("user '" + userName + "' has an exec plugin without a command");
    }
    String path = System.getenv().getOrDefault("PATH", "");
    Map<String, String> env = new java.util.LinkedHashMap<>();
    if (exec.getEnv() != null) {
      for (ExecEnvVar v : exec.getEnv()) {
        if (v != null && v.getName() != null) {
          env.put(v.getName(), v.getValue() == null ? "" : v.getValue());
        }
      }
    }
    List<String> args = exec.getArgs() == null ? List.of() : List.copyOf(exec.getArgs());
    String apiVersion =
        exec.getApiVersion() == null ? "client.authentication.k8s.io/v1" : exec.getApiVersion();
    return new ExecPlugin(
        command, find(command, user, path), args, Map.copyOf(env), path, apiVersion);
  }

  /// kubectl's lookup: a name with a slash is a path (relative to the kubeconfig's folder),
  /// anything else is searched on PATH.
  private static Path find(String command, Located<AuthInfo> user, String path) {
    if (command.contains("/") || command.contains(File.separator)) {
      Path p = user.resolve(command);
      return Files.isExecutable(p) && Files.isRegularFile(p) ? p : null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path p = Path.of(dir, command);
      if (Files.isExecutable(p) && Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /// Runs the plugin and waits at most `timeout`; blocks the calling thread.
  Credentials run(Duration timeout) throws Misconfiguration, InterruptedException {
    if (executable == null) {
      throw new Misconfiguration(
          "exec plugin "
              + command
              + " not found"
              + (command.contains("/") ? "" : " on PATH " + path));
    }
    List<String> argv = new ArrayList<>();
    argv.add(executable.toString());
    argv.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    builder
        .environment()
        .put(
            "KUBERNETES_EXEC_INFO",
            "{\"apiVersion\":\""
                + apiVersion
                + "\",\"kind\":\"ExecCredential\",\"spec\":{\"interactive\":false}}");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new Misconfiguration("exec plugin " + executable + " cannot be started");
    }
    RUNNING.add(process);
    try {
      process.getOutputStream().close();
      CompletableFuture<byte[]> out = readAll(process.getInputStream());
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Misconfiguration(
            "exec plugin "
                + executable
                + " gave no credentials within "
                + seconds(timeout)
                + " (PATH "
                + path
                + ")");
      }
      if (process.exitValue() != 0) {
        throw new Misconfiguration("exec plugin " + executable + " exited " + process.exitValue());
      }
      return parse(out.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (IOException | ExecutionException | TimeoutException e) {
      throw new Misconfiguration(
          "exec plugin " + executable + " printed no readable ExecCredential");
    } finally {
      end(process);
      RUNNING.remove(process);
    }
  }

  private Credentials parse(byte[] json) throws Misconfiguration {
    JsonNode status;
    try {
      status = JsonMapper.builder().build().readTree(json).path("status");
    } catch (RuntimeException e) {
      throw new Misconfiguration(
          "exec plugin " + executable + " printed no readable ExecCredential");
    }
    String token = text(status, "token");
    String cert = text(status, "clientCertificateData");
    String key = text(status, "clientKeyData");
    if (token == null && (cert == null || key == null)) {
      throw new Misconfiguration(
          "exec plugin " + executable + " gave neither a token nor a certificate");
    }
    return new Credentials(token, cert, key);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isString() && !v.asString().isBlank() ? v.asString() : null;
  }

  private static CompletableFuture<byte[]> readAll(InputStream in) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    Thread.ofVirtual()
        .name("weft-exec-plugin-output")
        .start(
            () -> {
              try (in) {
                result.complete(in.readNBytes(MAX_OUTPUT));
              } catch (IOException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  /// Ends a plugin and whatever it started (a browser helper, a child shell).
  private static void end(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /// Kept short: the record's components hold no secret, but its env may.
  @Override
  public String toString() {
    return "exec plugin " + command;
  }
}
