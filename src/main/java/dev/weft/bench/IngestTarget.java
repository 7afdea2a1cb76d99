package dev.weft.bench;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.Fabric;

/// What [IngestBenchmark] runs against: a fabric of zones, each serving `podsPerZone` Running and
/// Ready pods, and a way to change one pod so that watchers see one MODIFIED event. The demo
/// fabric (in `dev.weft.cli`, as this package may not use `dev.weft.demo`) and
/// [MockIngestTarget] implement it. Not thread-safe: one thread starts, touches and closes it.
public interface IngestTarget extends AutoCloseable {
  /// The fabric the live model opens; its zones, in order, are zones `0 … zones() - 1`.
  Fabric fabric();

  KubeconfigSource kubeconfig();

  int zones();

  int podsPerZone();

  /// Changes pod `index` of zone `zone` so that Weft reports its version as `tag` (the image tag
  /// of its first container): one MODIFIED pod watch event.
  ///
  /// @return whether the server took the change (an overloaded server may refuse it)
  boolean touch(int zone, int index, String tag);

  @Override
  void close();
}
