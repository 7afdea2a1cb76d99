package dev.weft.ui.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/// Reads JavaFX's own pulse phases from the Flight Recorder. When JFR is running as JavaFX starts,
/// JavaFX's `PulseLogger` emits a `javafx.PulsePhase` event per phase: on the FX thread "Pulse
/// start" (animation timers and the pump), "CSS Pass", "Layout Pass", "Waiting for previous
/// rendering", "Copy state to render graph"; on the render thread "Painting" and the rest until
/// the frame is presented. Both carry the pulse's number, so each frame's end is tied to the pulse
/// that produced it, and a snapshot applied in a pulse to the pixels that show it. The window's
/// own event ([Applied]) is committed by the pump's latency listener inside that pulse.
///
/// Threading: [#start] before JavaFX starts; events are gathered on the stream's thread; the
/// query methods may be called from any thread.
final class PulseRecorder implements AutoCloseable {
  private static final String PHASE = "javafx.PulsePhase";
  private final RecordingStream stream = new RecordingStream();
  private final Map<Integer, Pulse> pulses = new HashMap<>();
  private final List<Stamp> applied = new ArrayList<>();
  private final List<InputStamp> inputs = new ArrayList<>();

  record InputStamp(Instant at, String kind) {}

  /// One input's wait for its pixels.
  record InputLatency(String kind, double millis) {}

  private final Map<Long, CountDownLatch> marks = new HashMap<>();
  private long nextMark;
  private long fxThread = -2;
  private long rendered;
  private final AtomicBoolean closed = new AtomicBoolean();

  /// One snapshot applied by the pump: how long its oldest change had waited, in nanoseconds.
  @Name("weft.SnapshotApplied")
  @Label("Snapshot applied")
  static final class Applied extends Event {
    @Label("Age of the change")
    long ageNanos;
  }

  /// A user's input given to the window (a key or a drag), committed on the FX thread once the
  /// window's handlers have taken it: the pixels that show it are in a later pulse's frame.
  @Name("weft.BenchInput")
  @Label("Benchmark input")
  static final class Input extends Event {
    @Label("Kind")
    String kind;
  }

  @Name("weft.BenchMark")
  @Label("Benchmark mark")
  static final class Mark extends Event {
    long id;
  }

  /// One pulse: its FX-thread phases and, when it drew, the render thread's.
  static final class Pulse {
    Instant fxStart;
    Instant fxEnd;
    long pumpNanos;
    long cssNanos;
    long layoutNanos;
    long syncNanos;
    long renderNanos;
    Instant renderEnd;
  }

  record Stamp(Instant at, long ageNanos) {}

  private PulseRecorder() {}

  /// Starts recording; JavaFX must not have started yet, or it emits no pulse events.
  static PulseRecorder start() {
    PulseRecorder r = new PulseRecorder();
    r.stream.enable(PHASE);
    r.stream.enable(Applied.class);
    r.stream.enable(Mark.class);
    r.stream.enable(Input.class);
    r.stream.setMaxAge(Duration.ofSeconds(30));
    r.stream.onEvent(PHASE, r::phase);
    r.stream.onEvent("weft.SnapshotApplied", r::applied);
    r.stream.onEvent("weft.BenchMark", r::mark);
    r.stream.onEvent("weft.BenchInput", r::input);
    r.stream.startAsync();
    return r;
  }

  private synchronized void phase(RecordedEvent e) {
    int id = e.getInt("pulseId");
    String name = e.getString("phaseName");
    if (id == 0 || name == null) {
      return;
    }
    Pulse p = pulses.computeIfAbsent(id, k -> new Pulse());
    long nanos = e.getDuration().toNanos();
    long thread = e.getThread() == null ? -1 : e.getThread().getJavaThreadId();
    // The thread that starts pulses is the FX thread (named after the glass platform).
    if (name.equals("Pulse start")) {
      fxThread = thread;
    }
    boolean fx = thread == fxThread;
    if (fx) {
      p.fxStart = min(p.fxStart, e.getStartTime());
      p.fxEnd = max(p.fxEnd, e.getEndTime());
      switch (name) {
        case "Pulse start" -> p.pumpNanos += nanos;
        case "CSS Pass" -> p.cssNanos += nanos;
        case "Layout Pass", "Update bounds" -> p.layoutNanos += nanos;
        default -> p.syncNanos += nanos;
      }
    } else {
      p.renderNanos += nanos;
      if (p.renderEnd == null) {
        rendered++;
      }
      p.renderEnd = max(p.renderEnd, e.getEndTime());
    }
  }

  private synchronized void applied(RecordedEvent e) {
    applied.add(new Stamp(e.getStartTime(), e.getLong("ageNanos")));
  }

  private synchronized void input(RecordedEvent e) {
    inputs.add(new InputStamp(e.getStartTime(), e.getString("kind")));
  }

  /// How long each input within `[from, to)` waited for the end of drawing of the first frame
  /// whose pulse began after it, in milliseconds (input → pixel).
  synchronized List<InputLatency> inputToPixel(Instant from, Instant to) {
    List<Pulse> drawn = new ArrayList<>();
    for (Pulse p : pulses(from, to.plusSeconds(1))) {
      if (p.renderEnd != null) {
        drawn.add(p);
      }
    }
    List<InputLatency> out = new ArrayList<>();
    for (InputStamp input : inputs) {
      Instant at = input.at();
      if (at.isBefore(from) || !at.isBefore(to)) {
        continue;
      }
      for (Pulse p : drawn) {
        if (p.fxStart.isAfter(at)) {
          out.add(
              new InputLatency(
                  input.kind(), java.time.Duration.between(at, p.renderEnd).toNanos() / 1e6));
          break;
        }
      }
    }
    return out;
  }

  private synchronized void mark(RecordedEvent e) {
    CountDownLatch latch = marks.remove(e.getLong("id"));
    if (latch != null) {
      latch.countDown();
    }
  }

  /// Waits until every event committed before this call has been read (at most 10 s).
  void sync() {
    CountDownLatch latch = new CountDownLatch(1);
    Mark mark = new Mark();
    synchronized (this) {
      mark.id = ++nextMark;
      marks.put(mark.id, latch);
    }
    mark.commit();
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /// Frames drawn since the recorder started.
  synchronized long rendered() {
    return rendered;
  }

  /// The pulses whose FX work began within `[from, to)`, in order.
  synchronized List<Pulse> pulses(Instant from, Instant to) {
    List<Pulse> out = new ArrayList<>();
    for (Pulse p : pulses.values()) {
      if (p.fxStart != null && !p.fxStart.isBefore(from) && p.fxStart.isBefore(to)) {
        out.add(p);
      }
    }
    out.sort((a, b) -> a.fxStart.compareTo(b.fxStart));
    return out;
  }

  /// Snapshots applied within `[from, to)`.
  synchronized List<Stamp> applied(Instant from, Instant to) {
    return applied.stream().filter(s -> !s.at().isBefore(from) && s.at().isBefore(to)).toList();
  }

  /// Forgets what was gathered (between benchmark cells).
  synchronized void clear() {
    pulses.clear();
    applied.clear();
    inputs.clear();
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static Instant max(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  /// Stops the stream; later calls do nothing.
  @Override
  public void close() {
    if (!closed.getAndSet(true)) {
      stream.close();
    }
  }
}
