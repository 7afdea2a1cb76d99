package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.bench.IngestBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoIngestTargetTest {
  @TempDir Path dir;

  @Test
  void withTagReplacesOnlyTheTag() {
    assertThat(DemoIngestTarget.withTag("registry.example/health/app1:1.4.2", "s7-1"))
        .isEqualTo("registry.example/health/app1:s7-1");
    assertThat(DemoIngestTarget.withTag("reg:5000/app1", "s7-1")).isEqualTo("reg:5000/app1:s7-1");
  }

  /// A small ingest run on the demo fabric: every touch shows in the model as the pod's version.
  /// Tagged `bench`: run it with `-Dweft.test.excludedGroups=none`.
  @Test
  @Tag("bench")
  void smallIngestOnTheDemoSyncsAndSeesEveryEvent() throws Exception {
    try (DemoIngestTarget demo = DemoIngestTarget.start(2, 100, dir)) {
      assertThat(demo.zones()).isEqualTo(2);
      assertThat(demo.podsPerZone()).isEqualTo(100);
      var result = IngestBenchmark.run(demo, true, 100, Duration.ofSeconds(2));
      assertThat(result.eventsSeen()).isEqualTo(result.eventsSent()).isPositive();
      assertThat(result.synced()).isPositive();
    }
  }
}
