package dev.weft.ui.inspector;

import dev.weft.ui.Messages;
import dev.weft.ui.PodLogSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// A live, bounded tail of one pod's log. Lines arrive on the source's thread into a queue and
/// are moved to [#lines] by [#drain], once per frame, so a chatty pod cannot flood the FX
/// thread. While paused, lines are kept (up to the bound) and shown on resume.
///
/// Threading: [#drain], [#follow] and the properties on the FX thread (or one test thread);
/// the queue is filled from any thread.
public final class LogTailViewModel {
  static final int MAX_LINES = 2000;
  private PodLogSource source;
  private final ObservableList<String> lines = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<String> linesView = FXCollections.unmodifiableObservableList(lines);
  private final Queue<String> incoming = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();
  private final BooleanProperty follow = new SimpleBooleanProperty(true);
  private final BooleanProperty paused = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private AutoCloseable stream;
  private String pod = "";
  // Read on the source's thread to drop a previous stream's late lines.
  private volatile long generation;
  private volatile Runnable wake = () -> {};

  public LogTailViewModel(PodLogSource source) {
    this.source = source;
    paused.addListener((o, a, b) -> updateStatus());
    updateStatus();
  }

  /// Takes logs from `next` from now on (another fabric was opened); stops the current tail.
  public void useSource(PodLogSource next) {
    stop();
    lines.clear();
    pod = "";
    source = next;
    updateStatus();
  }

  /// Follows `pod`'s log, replacing the one followed before; an empty pod stops following.
  public void follow(String zone, String namespace, String podName) {
    stop();
    lines.clear();
    pod = podName == null ? "" : podName;
    if (!pod.isEmpty()) {
      long mine = ++generation;
      stream =
          source.follow(
              zone,
              namespace,
              pod,
              line -> {
                // A late line from the previous pod's stream is dropped here.
                if (mine == generation) {
                  enqueue(line);
                }
              });
    }
    updateStatus();
  }

  /// Called (on any thread) when a line is queued, so the window asks for a frame to drain it.
  public void setWake(Runnable wake) {
    this.wake = wake;
  }

  /// Queues `line`; past the bound the oldest waiting line makes room (and is counted), so a
  /// long pause never stops the tail: the newest lines always get through.
  private void enqueue(String line) {
    incoming.add(line);
    if (queued.incrementAndGet() > MAX_LINES && incoming.poll() != null) {
      queued.decrementAndGet();
      dropped.incrementAndGet();
    }
    wake.run();
  }

  /// Adds a line of Weft's own (not from the pod) to the tail.
  void note(String text) {
    enqueue(text);
  }

  /// Stops following.
  public void stop() {
    generation++;
    if (stream != null) {
      try {
        stream.close();
      } catch (Exception ignored) {
        // Closing a stream that already failed is not the user's problem.
      }
      stream = null;
    }
    incoming.clear();
    queued.set(0);
    dropped.set(0);
  }

  /// Moves queued lines into [#lines] unless paused; keeps at most [#MAX_LINES].
  public void drain() {
    if (paused.get() || incoming.isEmpty()) {
      if (paused.get()) {
        updateStatus();
      }
      return;
    }
    List<String> batch = new ArrayList<>();
    for (String line; (line = incoming.poll()) != null; ) {
      batch.add(line);
    }
    queued.addAndGet(-batch.size());
    dropped.set(0);
    if (batch.size() > MAX_LINES) {
      batch = batch.subList(batch.size() - MAX_LINES, batch.size());
    }
    int overflow = lines.size() + batch.size() - MAX_LINES;
    if (overflow > 0) {
      lines.remove(0, overflow);
    }
    lines.addAll(batch);
    updateStatus();
  }

  private void updateStatus() {
    if (pod.isEmpty()) {
      status.set(Messages.get("log.none"));
    } else if (paused.get()) {
      int lost = dropped.get();
      status.set(
          lost == 0
              ? Messages.get("log.paused", pod, queued.get())
              : Messages.get("log.pausedDropped", pod, queued.get(), lost));
    } else {
      status.set(Messages.get("log.following", pod));
    }
  }

  public ObservableList<String> lines() {
    return linesView;
  }

  /// Keep the newest line in view.
  public BooleanProperty followProperty() {
    return follow;
  }

  /// Hold the view still; new lines wait.
  public BooleanProperty pausedProperty() {
    return paused;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
