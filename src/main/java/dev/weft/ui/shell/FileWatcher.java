package dev.weft.ui.shell;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/// Watches one fabric file for edits and calls `changed` (on its own daemon thread) when it is
/// written. Editors that replace the file are covered too, by watching its folder.
///
/// Threading: [#watch] and [#close] from any thread; `changed` must hop to the FX thread itself.
public final class FileWatcher implements AutoCloseable {
  private final Runnable changed;
  private WatchService service;
  private Thread thread;

  public FileWatcher(Runnable changed) {
    this.changed = changed;
  }

  /// Watches `file`, replacing any file watched before. Failure to watch only loses auto-reload.
  public synchronized void watch(Path file) {
    close();
    Path absolute = file.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    if (dir == null) {
      return;
    }
    try {
      WatchService ws = FileSystems.getDefault().newWatchService();
      dir.register(ws, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
      service = ws;
      thread =
          Thread.ofPlatform().daemon().name("weft-fabric-watch").start(() -> loop(ws, absolute));
    } catch (IOException e) {
      service = null;
    }
  }

  private void loop(WatchService ws, Path file) {
    try {
      while (true) {
        WatchKey key = ws.take();
        boolean ours =
            key.pollEvents().stream().anyMatch(ev -> file.getFileName().equals(ev.context()));
        key.reset();
        if (ours) {
          changed.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: stop quietly.
    }
  }

  @Override
  public synchronized void close() {
    if (service != null) {
      try {
        service.close();
      } catch (IOException ignored) {
        // Nothing to do.
      }
      service = null;
    }
    if (thread != null) {
      thread.interrupt();
      thread = null;
    }
  }
}
