package dev.weft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.demo.sim.Timings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoFolderTest {
  @Test
  void aDemoWithoutOutLeavesNoFolderBehind() {
    Path folder;
    try (RunningDemo demo =
        DemoFabric.start(DemoOptions.defaults().withZones(1).withTimings(Timings.fast()))) {
      folder = demo.kubeconfig().getParent();
      assertThat(demo.kubeconfig()).exists();
    }
    assertThat(Files.exists(folder)).as(folder + " is deleted when the demo closes").isFalse();
  }
}
