package dev.weft.record;

import dev.weft.bench.SyntheticFabric;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/// A small synthetic fabric written to `dir`, and recorders of it for tests.
record Synthetic(SyntheticFabric source, Fabric fabric, String text) {
  static final Instant T0 = Instant.parse("2026-12-01T03:00:00.123456789Z");

  static Synthetic in(Path dir, long seed) throws IOException {
    SyntheticFabric source = new SyntheticFabric(2, 3, 4, seed, T0);
    String text = source.fabricYaml();
    Path file = dir.resolve("synthetic.yaml");
    Files.writeString(file, text);
    Fabric fabric = ((FabricReadResult.Valid) new FabricReader().read(file)).fabric();
    return new Synthetic(source, fabric, text);
  }

  Recorder recorder(Path file, Duration keyframeEvery, Retention retention) {
    return Recorder.start(
        file,
        fabric,
        text,
        new Recorder.Options(keyframeEvery, Duration.ofMillis(200), retention, null));
  }
}
