package dev.weft.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/// CPU time and wake-ups of every thread of this process, the JVM's own (GC, JIT compiler, VM
/// thread) and native ones (a desktop glass's) included, read from Linux's `/proc/self/task`:
/// `schedstat` gives nanoseconds on the CPU, `status` the voluntary context switches (how often
/// a thread slept and woke). Used by `bench ui --idle` to say where an idle process spends its
/// CPU, so that the process figure is explained, never trimmed. Empty on other systems.
///
/// Threading: any thread.
final class ThreadCpu {
  private static final Path TASKS = Path.of("/proc/self/task");

  /// One thread's counters at one moment; `name` as the kernel knows it (15 characters).
  record Sample(String name, long cpuNanos, long wakeups) {}

  /// One thread's use over an interval.
  record Use(String name, long cpuNanos, long wakeups) {}

  private ThreadCpu() {}

  /// Every live thread's counters, by kernel thread id (empty when `/proc` is not Linux's).
  static Map<Long, Sample> sample() {
    Map<Long, Sample> out = new HashMap<>();
    if (!Files.isDirectory(TASKS)) {
      return out;
    }
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          String sched = Files.readString(task.resolve("schedstat")).strip();
          long cpu = Long.parseLong(sched.split(" ")[0]);
          long wakeups = 0;
          for (String line : Files.readAllLines(task.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")) {
              wakeups = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
          }
          out.put(Long.parseLong(task.getFileName().toString()), new Sample(name, cpu, wakeups));
        } catch (IOException | RuntimeException threadEnded) {
          // A thread that ended while it was read: its time is in the process figure.
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /// What each thread used between `before` and `after`, grouped by name with the pool's
  /// number dropped ("C2 CompilerThre", "GC Thread#0" and "GC Thread#1" are one row each),
  /// most CPU first. A thread born in between counts from zero.
  static List<Use> between(Map<Long, Sample> before, Map<Long, Sample> after) {
    Map<String, long[]> byName = new HashMap<>();
    after.forEach(
        (tid, now) -> {
          Sample then = before.get(tid);
          boolean same = then != null && then.name().equals(now.name());
          long cpu = now.cpuNanos() - (same ? then.cpuNanos() : 0);
          long wakeups = now.wakeups() - (same ? then.wakeups() : 0);
          long[] sum = byName.computeIfAbsent(group(now.name()), k -> new long[2]);
          sum[0] += cpu;
          sum[1] += wakeups;
        });
    List<Use> out = new ArrayList<>();
    byName.forEach((name, sum) -> out.add(new Use(name, sum[0], sum[1])));
    out.sort(Comparator.comparingLong(Use::cpuNanos).reversed());
    return out;
  }

  private static String group(String name) {
    return name.replaceAll("[#-]?\\d+$", "");
  }
}
