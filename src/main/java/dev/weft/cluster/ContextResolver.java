package dev.weft.cluster;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Context;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/// Turns a kubeconfig context name into a fabric8 client [Config], failing closed: a context
/// that no file names is an error, never a silent fall-back to `current-context`; a context
/// whose cluster or user no file defines, a server without a usable address and a token that
/// cannot be read are errors too, never an anonymous client nor fabric8's in-cluster default.
/// A server without a scheme is `https` (as kubectl reads it), so no credential ever goes out
/// over plain HTTP that the kubeconfig did not ask for.
///
/// An exec credential plugin is not run here: [Result.Resolved#exec] names it, and [KubeClients]
/// runs it on the caller's thread with a timeout. Stateless and thread-safe; reads files, so
/// call it off the UI thread.
public final class ContextResolver {

  /// What resolving gave: a client configuration, or why there is none (safe to show: never
  /// contains a token or key).
  public sealed interface Result {
    /// @param exec the plugin that gives this context's credentials, or `null`
    /// @param fingerprint changes whenever the context, its cluster or its user changes
    record Resolved(Config config, ExecPlugin exec, String fingerprint) implements Result {}

    record Misconfigured(String reason) implements Result {}
  }

  private ContextResolver() {}

  public static Result resolve(KubeconfigSource source, String context) {
    if (context == null || context.isBlank()) {
      return new Result.Misconfigured("no kubeconfig context given");
    }
    KubeconfigFiles files;
    try {
      files = KubeconfigFiles.read(source);
    } catch (KubeconfigFiles.Unreadable e) {
      return new Result.Misconfigured(e.getMessage());
    }
    Optional<Located<Context>> named =
        files.first(c -> c.getContexts(), NamedContext::getName, NamedContext::getContext, context);
    if (named.isEmpty() || named.get().value() == null) {
      return new Result.Misconfigured(
          "context '" + context + "' not found in kubeconfig " + source);
    }
    Context ctx = named.get().value();
    String clusterName = ctx.getCluster();
    if (clusterName == null || clusterName.isBlank()) {
      return new Result.Misconfigured("context '" + context + "' names no cluster");
    }
    Optional<Located<Cluster>> cluster =
        files.first(
            c -> c.getClusters(), NamedCluster::getName, NamedCluster::getCluster, clusterName);
    if (cluster.isEmpty() || cluster.get().value() == null) {
      return new Result.Misconfigured(
          "context '"
              + context
              + "' names cluster '"
              + clusterName
              + "', which no kubeconfig defines");
    }
    Located<AuthInfo> user = null;
    String userName = ctx.getUser();
    if (userName != null && !userName.isBlank()) {
      Optional<Located<AuthInfo>> found =
          files.first(c -> c.getUsers(), NamedAuthInfo::getName, NamedAuthInfo::getUser, userName);
      if (found.isEmpty() || found.get().value() == null) {
        return new Result.Misconfigured(
            "context '" + context + "' names user '" + userName + "', which no kubeconfig defines");
      }
      user = found.get();
    }
    try {
      Config config = Config.empty();
      config.setAutoConfigure(false);
      ClusterSettings.apply(config, context, cluster.get());
      ExecPlugin exec = user == null ? null : UserSettings.apply(config, userName, user);
      if (ctx.getNamespace() != null) {
        config.setNamespace(ctx.getNamespace());
      }
      String fingerprint =
          fingerprint(
              ctx.toString(),
              cluster.get().value().toString(),
              user == null ? "" : user.value().toString());
      return new Result.Resolved(config, exec, fingerprint);
    } catch (Misconfiguration e) {
      return new Result.Misconfigured(e.getMessage());
    }
  }

  /// A hash of what a context resolves from, to notice that a kubeconfig edit changed it.
  private static String fingerprint(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /// A value from a kubeconfig with the file it came from (relative paths resolve against the
  /// file's folder, as kubectl does).
  record Located<T>(T value, Path file) {
    Path resolve(String path) {
      Path p = Path.of(path);
      Path dir = file.toAbsolutePath().getParent();
      return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }
  }

  /// What is wrong with a context; its message is safe to show.
  static final class Misconfiguration extends Exception {
    Misconfiguration(String reason) {
      super(reason, null, false, false);
    }
  }

  /// Every kubeconfig file of a source, parsed, in kubectl's merge order.
  record KubeconfigFiles(List<Located<io.fabric8.kubernetes.api.model.Config>> parsed) {
    static final class Unreadable extends Exception {
      Unreadable(String reason) {
        super(reason, null, false, false);
      }
    }

    static KubeconfigFiles read(KubeconfigSource source) throws Unreadable {
      List<Located<io.fabric8.kubernetes.api.model.Config>> parsed = new java.util.ArrayList<>();
      for (Path file : source.files()) {
        if (!Files.isRegularFile(file)) {
          continue;
        }
        try {
          parsed.add(new Located<>(KubeConfigUtils.parseConfig(file.toFile()), file));
        } catch (RuntimeException e) {
          // The parser's message may quote the file's content (tokens): say only where it failed.
          throw new Unreadable("kubeconfig " + file + " cannot be read as YAML");
        } catch (StackOverflowError e) {
          // fabric8's parser follows an alias that holds itself (`clusters: &a [*a]`) forever.
          throw new Unreadable(
              "kubeconfig "
                  + file
                  + " cannot be read as YAML: it nests without end (an alias that holds itself?)");
        }
      }
      if (parsed.isEmpty()) {
        throw new Unreadable("no kubeconfig file found in " + source);
      }
      return new KubeconfigFiles(parsed);
    }

    /// The first entry named `name` in any file (the first file that names it wins).
    <N, T> Optional<Located<T>> first(
        Function<io.fabric8.kubernetes.api.model.Config, List<N>> list,
        Function<N, String> nameOf,
        Function<N, T> valueOf,
        String name) {
      for (Located<io.fabric8.kubernetes.api.model.Config> file : parsed) {
        List<N> entries = list.apply(file.value());
        if (entries == null) {
          continue;
        }
        for (N entry : entries) {
          if (entry != null && name.equals(nameOf.apply(entry))) {
            return Optional.of(new Located<>(valueOf.apply(entry), file.file()));
          }
        }
      }
      return Optional.empty();
    }
  }
}
