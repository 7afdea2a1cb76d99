package dev.weft.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A small ingest run, to keep the benchmark's plumbing working. Tagged `bench`: surefire skips
/// it; run it with `./mvnw test -Dtest=IngestBenchmarkTest -Dweft.test.excludedGroups=none`.
@Tag("bench")
class IngestBenchmarkTest {
  @TempDir Path dir;

  @Test
  void smallIngestSyncsAndSeesEveryEvent() throws Exception {
    try (MockIngestTarget bench = MockIngestTarget.start(2, 300, dir)) {
      var result = IngestBenchmark.run(bench, true, 100, Duration.ofSeconds(2));
      assertThat(result.eventsSeen()).isEqualTo(result.eventsSent()).isPositive();
      assertThat(result.synced()).isPositive();
    }
  }

  @Test
  void leanFootprintIsFarBelowTheFullCache() throws Exception {
    try (MockIngestTarget bench = MockIngestTarget.start(2, 0, dir)) {
      long lean = CacheFootprint.bytesPerPod(bench.fabric(), 5_000, true);
      long full = CacheFootprint.bytesPerPod(bench.fabric(), 5_000, false);
      assertThat(lean).isLessThan(1024);
      assertThat(full).isGreaterThan(5 * lean);
    }
  }
}
