package dev.weft.demo;

import dev.weft.demo.DemoZones.ZoneName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Writes the demo's `kubeconfig` (one context per zone and one for the gateway) and
/// `fabric.yaml` (a fabric file over those contexts) as plain text. Stateless.
///
/// The kubeconfig holds no secret: the demo servers accept any request, and the token in it is a
/// fixed placeholder.
final class DemoFiles {
  static final String NAMESPACE = "health";
  static final String GATEWAY_NAMESPACE = "edge";
  static final String ROUTE = "health";
  static final String GATEWAY_CONTEXT = "weft-demo-gateway";
  static final String TOKEN = "weft-demo-placeholder-not-a-secret";

  private DemoFiles() {}

  static String context(String zone) {
    return "weft-demo-" + zone;
  }

  static String appName(int i) {
    return "app" + i;
  }

  static void writeKubeconfig(Path file, Map<String, Integer> portsByContext, String current) {
    StringBuilder y = new StringBuilder();
    y.append(
        "# Written by `weft demo`: local demo clusters on loopback. The token is a placeholder;\n");
    y.append("# the demo API servers accept every request.\n");
    y.append("apiVersion: v1\nkind: Config\npreferences: {}\nclusters:\n");
    portsByContext.forEach(
        (context, port) ->
            y.append("- name: ")
                .append(context)
                .append("\n  cluster:\n    server: http://127.0.0.1:")
                .append(port)
                .append('\n'));
    y.append("contexts:\n");
    portsByContext.forEach(
        (context, port) ->
            y.append("- name: ")
                .append(context)
                .append("\n  context:\n    cluster: ")
                .append(context)
                .append("\n    user: weft-demo\n    namespace: ")
                .append(context.equals(GATEWAY_CONTEXT) ? GATEWAY_NAMESPACE : NAMESPACE)
                .append('\n'));
    y.append("current-context: ").append(current).append('\n');
    y.append("users:\n- name: weft-demo\n  user:\n    token: ").append(TOKEN).append('\n');
    write(file, y.toString());
  }

  static void writeFabric(Path file, List<ZoneName> zones, int apps) {
    StringBuilder y = new StringBuilder();
    y.append(
        "# Written by `weft demo`: the embedded demo fabric. Contexts live in ./kubeconfig.\n");
    y.append("apiVersion: weft.dev/v1alpha1\nkind: Fabric\nmetadata:\n  name: health\n");
    y.append("kubeconfig: kubeconfig\n");
    y.append("gateway:\n  context: ")
        .append(GATEWAY_CONTEXT)
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
      y.append("    context: ").append(context(z.name())).append('\n');
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
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
