package dev.weft.cli;

/// Milestones of a command's run since the JVM started, printed to stderr when the system
/// property `weft.trace` is set (`java -Dweft.trace -jar weft.jar status …`): where a one-shot
/// answer's time goes (JVM start, command line, fabric file, reads, printing). Thread-safe.
public final class StartupTrace {
  private static final boolean ON = System.getProperty("weft.trace") != null;

  private StartupTrace() {}

  /// Prints `what` with the milliseconds since the JVM started, when tracing.
  public static void mark(String what) {
    if (ON) {
      System.err.printf("weft trace %6d ms  %s%n", System.currentTimeMillis() - Start.MILLIS, what);
    }
  }

  /// The JVM's start, loaded only when tracing. Not the process's start time from
  /// `ProcessHandle`: Linux gives it from the boot time in whole seconds, up to a second off.
  private static final class Start {
    static final long MILLIS =
        java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
