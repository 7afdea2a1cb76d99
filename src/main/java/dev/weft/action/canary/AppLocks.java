package dev.weft.action.canary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/// One lock per app, so that a step and a command on the same release never interleave in one
/// process (across processes the record's `resourceVersion` decides). Thread-safe.
final class AppLocks {
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  <T> T locked(String app, Supplier<T> body) {
    ReentrantLock lock = locks.computeIfAbsent(app, a -> new ReentrantLock());
    lock.lock();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }
}
