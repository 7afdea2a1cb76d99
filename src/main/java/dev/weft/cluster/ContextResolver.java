package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Turns a kubeconfig context name into a fabric8 client [Config], failing closed: a context
/// that no file names is an error, never a silent fall-back to `current-context`. Stateless and
/// thread-safe; reads files, so call it off the UI thread.
public final class ContextResolver {

  /// What resolving gave: a client configuration, or why there is none (safe to show: never
  /// contains a token or key).
  public sealed interface Result {
    record Resolved(Config config) implements Result {}

    record Misconfigured(String reason) implements Result {}
  }

  private ContextResolver() {}

  public static Result resolve(KubeconfigSource source, String context) {
    if (context == null || context.isBlank()) {
      return new Result.Misconfigured("no kubeconfig context given");
    }
    List<io.fabric8.kubernetes.api.model.Config> parsed = new ArrayList<>();
    for (Path file : source.files()) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        parsed.add(KubeConfigUtils.parseConfig(file.toFile()));
      } catch (RuntimeException e) {
        // The parser's message may quote the file's content (tokens): say only where it failed.
        return new Result.Misconfigured("kubeconfig " + file + " cannot be read as YAML");
      }
    }
    if (parsed.isEmpty()) {
      return new Result.Misconfigured("no kubeconfig file found in " + source);
    }
    boolean named =
        parsed.stream()
            .map(io.fabric8.kubernetes.api.model.Config::getContexts)
            .filter(contexts -> contexts != null)
            .flatMap(List::stream)
            .map(NamedContext::getName)
            .anyMatch(context::equals);
    if (!named) {
      return new Result.Misconfigured(
          "context '" + context + "' not found in kubeconfig " + source);
    }
    try {
      Config config = Config.empty();
      KubeConfigUtils.merge(
          config, context, parsed.toArray(io.fabric8.kubernetes.api.model.Config[]::new));
      if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
        return new Result.Misconfigured("context '" + context + "' names no cluster server");
      }
      return new Result.Resolved(config);
    } catch (RuntimeException e) {
      return new Result.Misconfigured(
          "context '" + context + "' is incomplete in kubeconfig " + source);
    }
  }
}
