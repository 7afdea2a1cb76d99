package dev.weft.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/// A kubeconfig context as the lean one-shot path ([LeanListOnce]) can serve it: an https (or
/// explicitly http) server with its CA, and a bearer token or a client certificate, read with
/// SnakeYAML Engine instead of fabric8's model. Anything else (an exec plugin, an auth provider,
/// basic auth, impersonation, a proxy, `tls-server-name`, `insecure-skip-tls-verify`, a context
/// that does not resolve cleanly) gives no lean context: the caller then uses the fabric8 path
/// ([ContextResolver], [KubeClients]), which supports or refuses it with its own reasons. Correct
/// before fast.
///
/// @param server the API server, scheme and port explicit (no scheme means https, as kubectl)
/// @param caPem the cluster's CA certificates (PEM), or null for the JDK's trusted roots
/// @param token the bearer token, or null
/// @param certPem the client certificate (PEM), or null
/// @param keyPem the client key (PEM), or null
/// @param user the kubeconfig user entry's name
public record LeanContext(
    URI server, byte[] caPem, String token, byte[] certPem, byte[] keyPem, String user) {

  /// User fields the lean path understands; any other makes it fall back.
  private static final Set<String> USER_FIELDS =
      Set.of(
          "token",
          "tokenFile",
          "client-certificate",
          "client-certificate-data",
          "client-key",
          "client-key-data");

  private static final Set<String> CLUSTER_FIELDS =
      Set.of(
          "server",
          "certificate-authority",
          "certificate-authority-data",
          "extensions",
          "disable-compression");

  /// `host:port`, for reasons.
  public String hostPort() {
    int port =
        server.getPort() != -1 ? server.getPort() : "http".equals(server.getScheme()) ? 80 : 443;
    return server.getHost() + ":" + port;
  }

  /// The lean context of `context`, or empty when the fabric8 path must serve it.
  public static Optional<LeanContext> resolve(KubeconfigSource source, String context) {
    return resolve(parse(source), context);
  }

  /// As [#resolve(KubeconfigSource, String)], from the kubeconfig [#parse] read once.
  static Optional<LeanContext> resolve(Parsed parsed, String context) {
    try {
      if (parsed.failure() != null) {
        return Optional.empty();
      }
      return Optional.ofNullable(read(parsed.files(), context));
    } catch (RuntimeException | IOException | ContextResolver.Misconfiguration e) {
      return Optional.empty();
    }
  }

  /// A kubeconfig's files as read: each file with its document; `failure` when one of them
  /// could not be read (then no context is lean: the fabric8 path says what is wrong).
  record Parsed(List<Map.Entry<Path, Map<?, ?>>> files, Exception failure) {}

  /// Reads and parses the kubeconfig's files once, for every context a command resolves.
  static Parsed parse(KubeconfigSource source) {
    Load load = new Load(LoadSettings.builder().setMaxAliasesForCollections(50).build());
    List<Map.Entry<Path, Map<?, ?>>> files = new java.util.ArrayList<>();
    try {
      for (Path file : source.files()) {
        if (Files.isRegularFile(file)
            && load.loadFromString(Files.readString(file)) instanceof Map<?, ?> doc) {
          files.add(Map.entry(file, doc));
        }
      }
    } catch (RuntimeException | IOException e) {
      return new Parsed(List.of(), e);
    } catch (StackOverflowError e) {
      // An alias that holds itself: the fabric8 path says so, as for any unreadable file.
      return new Parsed(List.of(), new IOException("the kubeconfig nests without end"));
    }
    return new Parsed(List.copyOf(files), null);
  }

  private static LeanContext read(List<Map.Entry<Path, Map<?, ?>>> files, String context)
      throws IOException, ContextResolver.Misconfiguration {
    if (context == null || context.isBlank()) {
      return null;
    }
    var ctx = first(files, "contexts", "context", context);
    if (ctx == null) {
      return null;
    }
    var cluster = first(files, "clusters", "cluster", string(ctx.getValue(), "cluster"));
    String userName = string(ctx.getValue(), "user");
    var user = first(files, "users", "user", userName);
    if (cluster == null || user == null || !known(cluster.getValue(), CLUSTER_FIELDS)) {
      return null;
    }
    if (!known(user.getValue(), USER_FIELDS)) {
      return null;
    }
    Map<?, ?> c = cluster.getValue();
    Map<?, ?> u = user.getValue();
    URI server = ClusterSettings.serverUrl(context, string(c, "server"));
    byte[] ca = bytes(c, "certificate-authority-data", "certificate-authority", cluster.getKey());
    String token = string(u, "token");
    if (token == null || token.isBlank()) {
      token = null;
      String file = string(u, "tokenFile");
      if (file != null) {
        token = Files.readString(resolve(user.getKey(), file)).strip();
        if (token.isEmpty() || token.length() > 64 * 1024) {
          return null;
        }
      }
    } else {
      token = token.strip();
    }
    byte[] cert = bytes(u, "client-certificate-data", "client-certificate", user.getKey());
    byte[] key = bytes(u, "client-key-data", "client-key", user.getKey());
    if ((cert == null) != (key == null) || (token == null && cert == null)) {
      // Half a client certificate, or no credential at all: the fabric8 path says what is wrong.
      return null;
    }
    return new LeanContext(server, ca, token, cert, key, userName);
  }

  /// The map under `inner` of the first entry of list `list` named `name` in any file.
  private static Map.Entry<Path, Map<?, ?>> first(
      List<Map.Entry<Path, Map<?, ?>>> files, String list, String inner, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (var file : files) {
      if (!(file.getValue().get(list) instanceof List<?> entries)) {
        continue;
      }
      for (Object entry : entries) {
        if (entry instanceof Map<?, ?> m && name.equals(m.get("name"))) {
          return m.get(inner) instanceof Map<?, ?> value ? Map.entry(file.getKey(), value) : null;
        }
      }
    }
    return null;
  }

  private static boolean known(Map<?, ?> map, Set<String> fields) {
    for (var e : map.entrySet()) {
      if (e.getValue() != null && !fields.contains(String.valueOf(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static String string(Map<?, ?> map, String key) {
    Object v = map.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException(key + " is not a string");
    }
    return s;
  }

  private static byte[] bytes(Map<?, ?> map, String dataKey, String fileKey, Path from)
      throws IOException {
    String data = string(map, dataKey);
    if (data != null) {
      return java.util.Base64.getMimeDecoder().decode(data);
    }
    String file = string(map, fileKey);
    return file == null ? null : Files.readAllBytes(resolve(from, file));
  }

  /// Relative paths resolve against the kubeconfig's folder, as kubectl does.
  private static Path resolve(Path kubeconfig, String path) {
    Path p = Path.of(path);
    Path dir = kubeconfig.toAbsolutePath().getParent();
    return p.isAbsolute() || dir == null ? p : dir.resolve(p);
  }

  /// Never prints a credential.
  @Override
  public String toString() {
    return "lean context for " + server + " as " + user;
  }
}
