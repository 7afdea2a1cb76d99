package dev.weft.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/// Writes kubeconfig files whose contexts point at loopback servers.
public final class Kubeconfigs {
  private Kubeconfigs() {}

  /// @param servers context name → server URL; every context gets its own cluster and user
  public static Path write(Path file, Map<String, String> servers) {
    StringBuilder clusters = new StringBuilder("clusters:\n");
    StringBuilder contexts = new StringBuilder("contexts:\n");
    StringBuilder users = new StringBuilder("users:\n");
    String first = null;
    for (var e : servers.entrySet()) {
      String name = e.getKey();
      first = first == null ? name : first;
      clusters.append("- name: c-%s\n  cluster:\n    server: %s\n".formatted(name, e.getValue()));
      contexts.append(
          "- name: %s\n  context:\n    cluster: c-%s\n    user: u-%s\n"
              .formatted(name, name, name));
      users.append("- name: u-%s\n  user:\n    token: secret-token-%s\n".formatted(name, name));
    }
    String yaml =
        "apiVersion: v1\nkind: Config\ncurrent-context: %s\n%s%s%s"
            .formatted(first, clusters, contexts, users);
    try {
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
