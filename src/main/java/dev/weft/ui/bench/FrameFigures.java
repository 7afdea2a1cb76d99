package dev.weft.ui.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/// What one benchmark cell measured, from JavaFX's pulse phases: frames presented, the interval
/// between them, frames dropped, event-to-pixel latency and where each frame's time went.
/// Milliseconds. Pure.
public record FrameFigures(
    long events,
    int frames,
    double fps,
    double intervalP50,
    double intervalP99,
    long dropped,
    int latencySamples,
    double e2pP50,
    double e2pP99,
    Split pump,
    Split css,
    Split layout,
    Split sync,
    Split render,
    Split fx) {
  /// p50 and p99 of one part of a frame, in milliseconds.
  public record Split(double p50, double p99) {
    static Split of(Percentiles p) {
      return new Split(p.millis(50), p.millis(99));
    }
  }

  /// A 60 Hz display's frame.
  static final double VSYNC_MS = 1000.0 / 60;

  /// Figures for the pulses and applied snapshots of one window of `seconds`. `busy` counts
  /// dropped frames (with no events, a frame is only drawn when something changes).
  static FrameFigures of(
      List<PulseRecorder.Pulse> pulses,
      List<PulseRecorder.Stamp> applied,
      long events,
      double seconds,
      boolean busy) {
    List<Instant> presented = new ArrayList<>();
    TreeMap<Instant, PulseRecorder.Pulse> byStart = new TreeMap<>();
    Percentiles pump = new Percentiles();
    Percentiles css = new Percentiles();
    Percentiles layout = new Percentiles();
    Percentiles sync = new Percentiles();
    Percentiles render = new Percentiles();
    Percentiles fx = new Percentiles();
    for (PulseRecorder.Pulse p : pulses) {
      byStart.put(p.fxStart, p);
      if (p.renderEnd == null) {
        continue;
      }
      presented.add(p.renderEnd);
      pump.add(p.pumpNanos);
      css.add(p.cssNanos);
      layout.add(p.layoutNanos);
      sync.add(p.syncNanos);
      render.add(p.renderNanos);
      fx.add(Duration.between(p.fxStart, p.fxEnd).toNanos());
    }
    presented.sort(null);
    Percentiles interval = new Percentiles();
    long dropped = 0;
    for (int i = 1; i < presented.size(); i++) {
      long nanos = Duration.between(presented.get(i - 1), presented.get(i)).toNanos();
      interval.add(nanos);
      dropped += Math.max(0, Math.round(nanos / 1e6 / VSYNC_MS) - 1);
    }
    Percentiles e2p = new Percentiles();
    for (PulseRecorder.Stamp s : applied) {
      var entry = byStart.floorEntry(s.at());
      if (entry == null || entry.getValue().renderEnd == null) {
        continue;
      }
      PulseRecorder.Pulse p = entry.getValue();
      if (p.fxEnd != null && s.at().isAfter(p.fxEnd)) {
        continue;
      }
      e2p.add(s.ageNanos() + Duration.between(s.at(), p.renderEnd).toNanos());
    }
    return new FrameFigures(
        events,
        presented.size(),
        presented.size() / seconds,
        interval.millis(50),
        interval.millis(99),
        busy ? dropped : -1,
        e2p.size(),
        e2p.millis(50),
        e2p.millis(99),
        Split.of(pump),
        Split.of(css),
        Split.of(layout),
        Split.of(sync),
        Split.of(render),
        Split.of(fx));
  }
}
