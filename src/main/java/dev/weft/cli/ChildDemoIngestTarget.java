package dev.weft.cli;

import dev.weft.bench.ApiIngestTarget;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import java.io.IOException;

/// The ingest benchmark's default target: `weft demo` in a child process started here (so the
/// figures measure Weft, not the simulator sharing its CPU), reached through the fabric file and
/// kubeconfig it writes, touched through its API ([ApiIngestTarget]). Blocks while starting.
final class ChildDemoIngestTarget {
  private ChildDemoIngestTarget() {}

  /// Starts `weft demo` with `zones` zones of about `podsPerZone` pods (five apps each).
  static ApiIngestTarget start(int zones, int podsPerZone, java.io.PrintWriter out)
      throws IOException, InterruptedException {
    ChildDemo demo =
        ChildDemo.start(
            ChildProcesses.weft(),
            "--zones",
            String.valueOf(zones),
            "--apps",
            String.valueOf(DemoIngestTarget.APPS),
            "--replicas",
            String.valueOf(podsPerZone / DemoIngestTarget.APPS));
    try {
      if (!(new FabricReader().read(demo.fabricFile()) instanceof FabricReadResult.Valid valid)) {
        throw new IOException("the demo wrote an invalid fabric file: " + demo.fabricFile());
      }
      out.printf("demo in its own process (pid %d); load %s%n", demo.pid(), ChildProcesses.load());
      out.flush();
      return new ApiIngestTarget(valid.fabric(), demo);
    } catch (IOException | RuntimeException e) {
      demo.close();
      throw e;
    }
  }
}
