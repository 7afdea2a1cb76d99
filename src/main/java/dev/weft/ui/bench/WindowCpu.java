package dev.weft.ui.bench;

import dev.weft.ui.export.HeadlessFx;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/// CPU time of the window's two threads, apart: the FX thread (pump, CSS, layout, and with the
/// headless glass the copy of each frame to its screen) and JavaFX's render thread (painting),
/// and the headless glass's timer.
///
/// Threading: any thread but the FX thread.
record WindowCpu(ThreadMXBean threads, long fxThread, long renderThread, long timerThread) {
  static WindowCpu find() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long fx = HeadlessFx.call(() -> Thread.currentThread().threadId());
    long render = -1;
    long timer = -1;
    for (ThreadInfo t : threads.dumpAllThreads(false, false)) {
      if (t.getThreadName().startsWith("QuantumRenderer")) {
        render = t.getThreadId();
      } else if (t.getThreadName().equals("Headless Timer")) {
        timer = t.getThreadId();
      }
    }
    return new WindowCpu(threads, fx, render, timer);
  }

  /// Nanoseconds of CPU the FX thread used so far.
  long fx() {
    return Math.max(0, threads.getThreadCpuTime(fxThread));
  }

  /// Nanoseconds of CPU the render thread used so far (0 when there is none yet).
  long render() {
    return renderThread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThread));
  }

  /// Whether the headless glass's pulse timer has a thread of its own (a desktop glass fires
  /// its timer on the FX thread).
  boolean hasHeadlessTimer() {
    return timerThread >= 0;
  }

  /// Nanoseconds of CPU of the headless glass's pulse timer: it fires 60 times a second even
  /// when JavaFX asks it to pause (as Linux's GTK glass does), so it is said apart.
  long headlessTimer() {
    return timerThread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(timerThread));
  }
}
