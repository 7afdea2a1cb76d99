package dev.weft.ui.bench;

import dev.weft.ui.export.HeadlessFx;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/// `weft bench ui --idle`: an open window on which nothing happens. First a short look with
/// JavaFX's pulse events streaming from the Flight Recorder, to count pulses and frames drawn;
/// then the recorder is stopped and the process CPU measured over the asked time, so that the
/// figure holds no cost of the benchmark's own (the pulses come from the scene's own listener).
/// Last, the heap after GC: with `--target demo` the demo's simulated API servers live in this
/// process too, so their share (measured before the window's informers start) is said apart.
///
/// Threading: [#run] blocks the calling thread (not the FX thread).
final class IdleBench {
  private static final Duration LOOK = Duration.ofSeconds(10);
  private static final Duration JIT_QUIET = Duration.ofSeconds(3);
  private static final Duration JIT_WAIT_AT_MOST = Duration.ofSeconds(60);

  private IdleBench() {}

  static void run(BenchUi.Options options, int[] size, PulseRecorder recorder, PrintStream out) {
    BenchLoad load = BenchUi.load(options, size);
    try {
      BenchWindow window = HeadlessFx.call(() -> new BenchWindow(load, options.view()));
      BenchUi.awaitReady(load, recorder);
      HeadlessFx.call(
          () -> {
            window.showAskedView();
            return null;
          });
      BenchUi.sleep(Duration.ofSeconds(3));
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      // With the recorder: what pulses and what draws.
      recorder.sync();
      recorder.clear();
      long lookCpu0 = os.getProcessCpuTime();
      long lookWall0 = System.nanoTime();
      Instant from = Instant.now();
      BenchUi.sleep(LOOK);
      Instant to = Instant.now();
      double lookWall = System.nanoTime() - lookWall0;
      long lookCpu = os.getProcessCpuTime() - lookCpu0;
      recorder.sync();
      var pulses = recorder.pulses(from, to);
      long frames = pulses.stream().filter(p -> p.renderEnd != null).count();
      recorder.close();
      // Without it: the window's own cost, once the JIT compiler has caught up with start-up
      // (its later work stays in the figure).
      long settled = awaitJitQuiet();
      WindowCpu threads = WindowCpu.find();
      long pulses0 = window.pulses();
      long process0 = os.getProcessCpuTime();
      long fx0 = threads.fx();
      long render0 = threads.render();
      long timer0 = threads.headlessTimer();
      var perThread0 = ThreadCpu.sample();
      long wall0 = System.nanoTime();
      BenchUi.sleep(options.duration());
      double wall = System.nanoTime() - wall0;
      var perThread = ThreadCpu.between(perThread0, ThreadCpu.sample());
      long process = os.getProcessCpuTime() - process0;
      long fx = threads.fx() - fx0;
      long render = threads.render() - render0;
      long timer = threads.headlessTimer() - timer0;
      long quietPulses = window.pulses() - pulses0;
      MemoryUsage heap = heapAfterGc();
      out.printf(
          "idle window, %dx%d%s, %d s without the recorder: process CPU %.2f %% of a core"
              + " (target <= 1 %%); FX thread %.2f %%, render thread %.2f %%%s; %.2f pulses/s%n",
          size[0],
          size[1],
          options.demo() ? " x " + options.replicas() + " pods" : "",
          options.duration().toSeconds(),
          100.0 * process / wall,
          100.0 * fx / wall,
          100.0 * render / wall,
          threads.hasHeadlessTimer()
              ? String.format(", the headless glass's timer thread %.2f %%", 100.0 * timer / wall)
              : "",
          quietPulses / (wall / 1e9));
      printThreads(perThread, wall, out);
      out.printf(
          "  measured after the JIT compiler had been quiet for %d s (waited %.1f s)%n",
          JIT_QUIET.toSeconds(), settled / 1e9);
      out.printf(
          "  %d s with the recorder streaming: process CPU %.2f %%, pulses %.2f/s, frames drawn"
              + " %.2f/s%n",
          LOOK.toSeconds(),
          100.0 * lookCpu / lookWall,
          pulses.size() / (lookWall / 1e9),
          frames / (lookWall / 1e9));
      long demoHeap = load instanceof DemoLoad demo ? demo.heapBeforeWindow() : 0;
      out.printf(
          "  heap after GC %d MB (of %d MB committed)%s%n",
          heap.getUsed() >> 20,
          heap.getCommitted() >> 20,
          demoHeap > 0
              ? String.format(
                  "; the demo's API servers alone, before the window: %d MB; the window and its"
                      + " live model: %d MB (target <= 300 MB at 10 x 2,500 pods)",
                  demoHeap >> 20, (heap.getUsed() - demoHeap) >> 20)
              : "");
      HeadlessFx.call(
          () -> {
            window.close();
            return null;
          });
    } finally {
      load.close();
    }
  }

  /// Waits until the JIT compiler has compiled nothing for [#JIT_QUIET] (at most
  /// [#JIT_WAIT_AT_MOST]): what start-up queued is a one-time cost, not an idle window's.
  /// @return nanoseconds waited
  private static long awaitJitQuiet() {
    var jit = ManagementFactory.getCompilationMXBean();
    long start = System.nanoTime();
    long last = jit.getTotalCompilationTime();
    long quietSince = System.nanoTime();
    while (System.nanoTime() - start < JIT_WAIT_AT_MOST.toNanos()
        && System.nanoTime() - quietSince < JIT_QUIET.toNanos()) {
      BenchUi.sleep(Duration.ofMillis(250));
      long now = jit.getTotalCompilationTime();
      if (now != last) {
        last = now;
        quietSince = System.nanoTime();
      }
    }
    return System.nanoTime() - start;
  }

  /// Every thread that used CPU or woke in the quiet window, most CPU first (the JVM's own and
  /// native ones included): the rows add up to the process figure, less threads that ended.
  private static void printThreads(List<ThreadCpu.Use> uses, double wall, PrintStream out) {
    out.printf("  per thread (kernel names; pools summed): %% of a core, wake-ups/s%n");
    for (ThreadCpu.Use u : uses) {
      double cpu = 100.0 * u.cpuNanos() / wall;
      double wakeups = u.wakeups() / (wall / 1e9);
      if (cpu >= 0.005 || wakeups >= 0.05) {
        out.printf("    %-16s %6.2f %%  %7.2f/s%n", u.name(), cpu, wakeups);
      }
    }
  }

  static MemoryUsage heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
  }
}
