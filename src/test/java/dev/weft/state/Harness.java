package dev.weft.state;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.Fabric;
import dev.weft.testing.Kubeconfigs;
import dev.weft.testing.MockCluster;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/// Mock clusters by context name, a kubeconfig pointing at them, and the live model under test.
final class Harness implements AutoCloseable {
  final Map<String, MockCluster> clusters = new LinkedHashMap<>();
  private final Path dir;
  LiveFabric live;

  Harness(Path dir) {
    this.dir = dir;
  }

  MockCluster start(String context) {
    MockCluster cluster = MockCluster.start();
    clusters.put(context, cluster);
    return cluster;
  }

  MockCluster cluster(String context) {
    return clusters.get(context);
  }

  KubeconfigSource kubeconfig() {
    Map<String, String> servers = new LinkedHashMap<>();
    clusters.forEach((name, c) -> servers.put(name, c.url()));
    return KubeconfigSource.of(Kubeconfigs.write(dir.resolve("config"), servers));
  }

  LiveFabric open(Fabric fabric) {
    return open(fabric, kubeconfig(), TestOptions.fast());
  }

  LiveFabric open(Fabric fabric, KubeconfigSource kubeconfig, LiveFabric.Options options) {
    live = LiveFabric.open(fabric, kubeconfig, options);
    return live;
  }

  LiveFabric open(Fabric fabric, ChangeRecorder recorder) {
    live = LiveFabric.open(fabric, kubeconfig(), TestOptions.fast(), recorder);
    return live;
  }

  ZoneSnapshot zone(String name) {
    return live.current().zones().get(name);
  }

  ConnectionPhase phase(String zone) {
    return zone(zone).connection().phase();
  }

  @Override
  public void close() {
    if (live != null) {
      live.close();
    }
    clusters.values().forEach(MockCluster::close);
  }
}
