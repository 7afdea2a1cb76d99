package dev.weft.demo;

import dev.weft.demo.DemoZones.ZoneName;
import dev.weft.demo.auth.DemoUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/// Writes the demo's `kubeconfig` (one context per zone and one for the gateway) and
/// `fabric.yaml` (a fabric file over those contexts) as plain text. Stateless.
///
/// The kubeconfig holds each cluster's bearer tokens, so it is written readable by its owner only.
final class DemoFiles {
  static final String NAMESPACE = "health";
  static final String GATEWAY_NAMESPACE = "edge";
  static final String ROUTE = "health";
  static final String GATEWAY_CONTEXT = "weft-demo-gateway";

  private DemoFiles() {}

  static String context(String zone) {
    return "weft-demo-" + zone;
  }

  static String appName(int i) {
    return "app" + i;
  }

  /// The context of a cluster for one demo user: the admin's is the plain one
  /// (`weft-demo-gz-1`), the others carry the user (`weft-demo-gz-1-viewer`).
  static String context(String base, String user) {
    return user.equals(DemoUsers.ADMIN) ? base : base + "-" + user;
  }

  /// One cluster of the kubeconfig: its plain context name, port, namespace and tokens by user.
  record KubeCluster(String context, int port, String namespace, Map<String, String> tokens) {}

  /// Writes the kubeconfig, readable by its owner only: it holds bearer tokens.
  static void writeKubeconfig(
      Path file, List<KubeCluster> clusters, String current, String caData) {
    StringBuilder y = new StringBuilder();
    y.append(DemoFolder.HEADER)
        .append(": local demo clusters on loopback, each with users admin, oncall\n")
        .append("# and viewer (bearer tokens; see the README's \"Demo users and rights\").\n");
    y.append("apiVersion: v1\nkind: Config\npreferences: {}\nclusters:\n");
    for (KubeCluster c : clusters) {
      y.append("- name: ")
          .append(c.context())
          .append("\n  cluster:\n    server: https://127.0.0.1:")
          .append(c.port())
          .append("\n    certificate-authority-data: ")
          .append(caData)
          .append('\n');
    }
    y.append("contexts:\n");
    for (KubeCluster c : clusters) {
      for (String user : DemoUsers.PEOPLE) {
        y.append("- name: ")
            .append(context(c.context(), user))
            .append("\n  context:\n    cluster: ")
            .append(c.context())
            .append("\n    user: ")
            .append(c.context())
            .append('-')
            .append(user)
            .append("\n    namespace: ")
            .append(c.namespace())
            .append('\n');
      }
    }
    y.append("current-context: ").append(current).append('\n');
    y.append("users:\n");
    for (KubeCluster c : clusters) {
      for (String user : DemoUsers.PEOPLE) {
        y.append("- name: ")
            .append(c.context())
            .append('-')
            .append(user)
            .append("\n  user:\n    token: ")
            .append(c.tokens().get(user))
            .append('\n');
      }
    }
    writePrivate(file, y.toString());
  }

  static void writeFabric(Path file, List<ZoneName> zones, int apps, String user) {
    StringBuilder y = new StringBuilder();
    y.append(DemoFolder.HEADER)
        .append(": the embedded demo fabric, as ")
        .append(user)
        .append(". Contexts live in ./kubeconfig.\n");
    y.append("apiVersion: weft.dev/v1alpha1\nkind: Fabric\nmetadata:\n  name: health\n");
    y.append("kubeconfig: kubeconfig\n");
    y.append("gateway:\n  context: ")
        .append(context(GATEWAY_CONTEXT, user))
        .append("\n  namespace: ")
        .append(GATEWAY_NAMESPACE)
        .append("\n  route: ")
        .append(ROUTE)
        .append('\n');
    y.append("zones:\n");
    for (ZoneName z : zones) {
      y.append("  - name: ").append(z.name()).append('\n');
      y.append("    displayName: ").append(z.displayName().replace("'", "")).append('\n');
      y.append("    region: ").append(z.region()).append('\n');
      y.append("    context: ").append(context(context(z.name()), user)).append('\n');
      y.append("    namespace: ").append(NAMESPACE).append('\n');
      y.append("    backend: health-").append(z.name()).append('\n');
    }
    y.append("regions:\n");
    for (String region : DemoZones.regions(zones)) {
      y.append("  ")
          .append(region)
          .append(": [")
          .append(String.join(", ", DemoZones.nearestFirst(region, zones)))
          .append("]\n");
    }
    y.append("apps:\n");
    for (int i = 1; i <= apps; i++) {
      y.append("  - name: ").append(appName(i)).append('\n');
      y.append("    deployment: ").append(appName(i)).append('\n');
      if (i < apps) {
        y.append("    dependsOn: [").append(appName(i + 1)).append("]\n");
      }
      if (i > 1) {
        y.append("    remoteAddress: \"").append(appName(i)).append(".{zone}.health.example\"\n");
      }
    }
    y.append("canary:\n  order: [")
        .append(String.join(", ", zones.stream().map(ZoneName::name).toList()))
        .append("]\n");
    y.append("  gates:\n    minReadyRatio: 1.0\n    maxRestarts: 0\n    maxWarningEvents: 0\n");
    y.append("    soak: 60s\n    deadline: 10m\n");
    write(file, y.toString());
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new DemoFolderException("cannot write " + file + ": " + DemoFolder.reason(e));
    }
  }

  /// Writes a file only its owner may read (where the file system has POSIX permissions).
  static void writePrivate(Path file, String text) {
    write(file, "");
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException notPosix) {
      // Windows: the user's profile folder is private already.
    }
    write(file, text);
  }
}
