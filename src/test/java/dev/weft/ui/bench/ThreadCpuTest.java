package dev.weft.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
  @Test
  void aBusyThreadIsOneRowAndPoolsAreSummedUnderOneName() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    Map<Long, ThreadCpu.Sample> before = ThreadCpu.sample();
    AtomicBoolean done = new AtomicBoolean();
    CountDownLatch running = new CountDownLatch(2);
    Thread a = Thread.ofPlatform().name("weft-spin-1").start(() -> spin(running, done));
    Thread b = Thread.ofPlatform().name("weft-spin-2").start(() -> spin(running, done));
    running.await();
    // Sampled while both still run: a thread born in between counts from zero.
    var uses = ThreadCpu.between(before, ThreadCpu.sample());
    done.set(true);
    a.join();
    b.join();
    var spin = uses.stream().filter(u -> u.name().equals("weft-spin")).toList();
    assertThat(spin).hasSize(1);
    assertThat(spin.getFirst().cpuNanos()).isPositive();
    assertThat(uses).extracting(ThreadCpu.Use::name).doesNotContain("weft-spin-1", "weft-spin-2");
  }

  private static void spin(CountDownLatch running, AtomicBoolean done) {
    running.countDown();
    long x = 0;
    while (!done.get()) {
      x += System.nanoTime() % 7;
    }
    if (x == 42) {
      System.out.print("");
    }
  }
}
