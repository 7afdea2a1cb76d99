package dev.weft.ui.replay;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/// Runs tasks one at a time, in order, on another executor's threads: a recording is read by one
/// thread at a time, and a synchronous executor in tests stays synchronous.
///
/// Threading: [#execute] from any thread.
final class SerialExecutor implements Executor {
  private final Executor on;
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private boolean running;

  SerialExecutor(Executor on) {
    this.on = on;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (tasks) {
      tasks.add(task);
      if (running) {
        return;
      }
      running = true;
    }
    try {
      on.execute(this::runAll);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // The window closed its reader while a frame still ticked: nothing is left to read for.
      synchronized (tasks) {
        tasks.clear();
        running = false;
      }
    }
  }

  private void runAll() {
    while (true) {
      Runnable next;
      synchronized (tasks) {
        next = tasks.poll();
        if (next == null) {
          running = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        // One failed read must not stop the reads after it; the task reports its own failure.
      }
    }
  }
}
