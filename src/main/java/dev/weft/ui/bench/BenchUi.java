package dev.weft.ui.bench;

import dev.weft.ui.export.HeadlessFx;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// `weft bench ui`: the whole window on a fabric of each asked size while pod events arrive at
/// each asked rate, from the synthetic feed or end to end from the embedded demo's API. Frames
/// are timed where they are presented: JavaFX's own pulse phases read from the Flight Recorder
/// (see [PulseRecorder]) tie each rendered frame to its pulse, so the frame interval includes
/// rendering, and event-to-pixel ends when the frame that shows the change is drawn. With
/// `idle`, measures CPU and heap of an open window on which nothing happens.
///
/// Threading: [#run] blocks the calling thread (not the FX thread).
public final class BenchUi {
  private BenchUi() {}

  /// What to run. `sizes` are zones × apps pairs; `replicas` only for the demo; `view`: "auto"
  /// (what the window opens on), "map" or "matrix"; `glass`: "headless" (JavaFX's headless
  /// platform) or "desktop" (the system's own glass, as users run the window, on a display).
  public record Options(
      boolean demo,
      List<int[]> sizes,
      List<Integer> rates,
      Duration duration,
      boolean idle,
      int replicas,
      String view,
      String glass,
      Duration warmup,
      boolean floor) {}

  /// One cell of the table; `fxCpuPerFrame` and `renderCpuPerFrame`: CPU milliseconds of the FX
  /// thread and of the render thread per frame drawn, figures that a loaded machine disturbs less
  /// than wall time.
  public record Cell(
      int zones,
      int apps,
      int rate,
      FrameFigures figures,
      double fxCpuPerFrame,
      double renderCpuPerFrame,
      List<PulseRecorder.InputLatency> inputToPixel,
      JitSettle.Result warmup) {}

  /// With `-Dweft.bench.interact=true`, the measured seconds also carry a user's input on the
  /// map every quarter second (zoom, pan, select in turn), and a line gives input → pixel.
  private static final boolean INTERACT = Boolean.getBoolean("weft.bench.interact");

  private static final Duration INPUT_EVERY = Duration.ofMillis(250);

  /// @return every cell measured (empty for `idle`)
  public static List<Cell> run(Options options, PrintStream out) {
    // Before JavaFX starts: its pulse logger only reports to a recorder running by then.
    PulseRecorder recorder = PulseRecorder.start();
    if (options.glass().equals("desktop")) {
      System.setProperty("glass.platform", desktopGlass());
    }
    HeadlessFx.ensureStarted();
    out.printf(
        "weft bench ui: %s, view %s, glass %s, prism %s, %d cores, load average %.1f,"
            + " measured %d s after at least %d s of warm-up%n",
        options.demo()
            ? "end to end from the embedded demo's API (demo in this process)"
            : "synthetic feed",
        options.view(),
        System.getProperty("glass.platform", "default"),
        System.getProperty("prism.order", "default"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        options.duration().toSeconds(),
        options.warmup().toSeconds());
    try (recorder) {
      if (options.idle()) {
        int[] size = options.sizes().getFirst();
        IdleBench.run(options, size, recorder, out);
        return List.of();
      }
      out.printf(
          "%-8s %6s %8s %6s %6s %15s %8s %17s%n",
          "size",
          "ev/s",
          "events",
          "frames",
          "fps",
          "interval p50/99",
          "dropped",
          "event-to-pixel");
      out.printf(
          "%8s %s%n",
          "", "  of a frame, p50/p99 ms: pump | CSS | layout | sync | render (FX pulse)");
      List<Cell> cells = new ArrayList<>();
      if (options.floor()) {
        print(floor(options, recorder), out);
      }
      for (int[] size : options.sizes()) {
        for (int rate : options.rates()) {
          Cell cell = cell(options, size, rate, recorder);
          cells.add(cell);
          print(cell, out);
        }
      }
      out.printf(
          "targets (software rendering, 2 cores): 10x50 at 2000/s interval p99 <= 16.7 ms,"
              + " event-to-pixel p99 <= 100 ms; 20x100 at 2000/s interval p99 <= 33 ms%n");
      return cells;
    }
  }

  private static Cell cell(Options options, int[] size, int rate, PulseRecorder recorder) {
    BenchLoad load = load(options, size);
    try {
      BenchWindow window = HeadlessFx.call(() -> new BenchWindow(load, options.view()));
      awaitReady(load, recorder);
      HeadlessFx.call(
          () -> {
            window.showAskedView();
            return null;
          });
      load.start(rate);
      // The first CSS pass and layout of a new window, and the JIT compiling the painting
      // code, are not what users see every frame of a window left open.
      JitSettle.Result warm = JitSettle.await(options.warmup());
      Span span =
          measured(
              recorder,
              load::events,
              () -> {
                if (INTERACT) {
                  interact(window, options.duration());
                } else {
                  sleep(options.duration());
                }
              });
      FrameFigures figures =
          FrameFigures.of(
              recorder.pulses(span.from(), span.to()),
              recorder.applied(span.from(), span.to()),
              span.events(),
              span.seconds(),
              rate > 0);
      HeadlessFx.call(
          () -> {
            window.snapshotIfAsked(size, rate);
            window.close();
            return null;
          });
      return span.cell(
          size[0], size[1], rate, figures, recorder.inputToPixel(span.from(), span.to()), warm);
    } finally {
      load.close();
    }
  }

  /// The measured seconds of one cell: their bounds, the load's events in them and the CPU of
  /// the window's FX and render threads.
  private record Span(Instant from, Instant to, long events, long fxNanos, long renderNanos) {
    double seconds() {
      return Duration.between(from, to).toNanos() / 1e9;
    }

    /// The cell of these seconds, CPU per frame drawn.
    Cell cell(
        int zones,
        int apps,
        int rate,
        FrameFigures figures,
        List<PulseRecorder.InputLatency> inputs,
        JitSettle.Result warm) {
      double frames = Math.max(1, figures.frames());
      return new Cell(
          zones,
          apps,
          rate,
          figures,
          fxNanos / 1e6 / frames,
          renderNanos / 1e6 / frames,
          inputs,
          warm);
    }
  }

  /// Runs `during` as the measured seconds: what the recorder gathered before is dropped, and
  /// everything committed during them is read before this returns.
  private static Span measured(
      PulseRecorder recorder, java.util.function.LongSupplier events, Runnable during) {
    recorder.sync();
    recorder.clear();
    WindowCpu threads = WindowCpu.find();
    long fx0 = threads.fx();
    long render0 = threads.render();
    Instant from = Instant.now();
    long before = events.getAsLong();
    during.run();
    Instant to = Instant.now();
    Span span =
        new Span(
            from, to, events.getAsLong() - before, threads.fx() - fx0, threads.render() - render0);
    recorder.sync();
    return span;
  }

  /// The floor row: a window that changes one square a pulse (see [FloorWindow]), measured as
  /// the cells are, after the same warm-up.
  private static Cell floor(Options options, PulseRecorder recorder) {
    FloorWindow window = HeadlessFx.call(FloorWindow::new);
    try {
      HeadlessFx.call(
          () -> {
            window.show();
            return null;
          });
      JitSettle.Result warm = JitSettle.await(options.warmup());
      Span span = measured(recorder, () -> 0, () -> sleep(options.duration()));
      FrameFigures figures =
          FrameFigures.of(
              recorder.pulses(span.from(), span.to()), List.of(), 0, span.seconds(), true);
      return span.cell(0, 0, 0, figures, List.of(), warm);
    } finally {
      HeadlessFx.call(
          () -> {
            window.close();
            return null;
          });
    }
  }

  /// Gives the map an input every [#INPUT_EVERY] for `duration`, each marked when the window's
  /// handlers have taken it.
  private static void interact(BenchWindow window, Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    int i = 0;
    while (System.nanoTime() < end) {
      int n = i++;
      HeadlessFx.call(
          () -> {
            String kind = window.interact(n);
            if (!kind.isEmpty()) {
              PulseRecorder.Input input = new PulseRecorder.Input();
              input.kind = kind;
              input.commit();
            }
            return null;
          });
      sleep(INPUT_EVERY);
    }
  }

  /// The name JavaFX gives the system's own glass platform.
  private static String desktopGlass() {
    String os = System.getProperty("os.name", "");
    return os.startsWith("Windows") ? "win" : os.startsWith("Mac") ? "mac" : "gtk";
  }

  static BenchLoad load(Options options, int[] size) {
    return options.demo()
        ? new DemoLoad(size[0], size[1], options.replicas())
        : new SyntheticLoad(size[0], size[1], options.idle());
  }

  /// Waits for the load to be live and for two frames drawn after that (a large window's first
  /// CSS pass and layout take seconds on a loaded machine).
  static void awaitReady(BenchLoad load, PulseRecorder recorder) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!load.ready() && System.nanoTime() < deadline) {
      sleep(Duration.ofMillis(200));
    }
    recorder.sync();
    long drawn = recorder.rendered();
    while (recorder.rendered() < drawn + 2 && System.nanoTime() < deadline) {
      HeadlessFx.call(
          () -> {
            javafx.application.Platform.requestNextPulse();
            return null;
          });
      sleep(Duration.ofMillis(300));
      recorder.sync();
    }
  }

  private static void print(Cell c, PrintStream out) {
    FrameFigures f = c.figures();
    out.printf(
        "%-8s %6d %8d %6d %6.1f %15s %8s %17s%n",
        c.zones() == 0 ? "floor" : c.zones() + "x" + c.apps(),
        c.rate(),
        f.events(),
        f.frames(),
        f.fps(),
        pair(f.intervalP50(), f.intervalP99()),
        f.dropped() < 0 ? "-" : Long.toString(f.dropped()),
        f.latencySamples() == 0 ? "-" : pair(f.e2pP50(), f.e2pP99()));
    out.printf(
        "%8s   %s | %s | %s | %s | %s (%s), CPU %.1f ms FX + %.1f ms render%n",
        "",
        pair(f.pump()),
        pair(f.css()),
        pair(f.layout()),
        pair(f.sync()),
        pair(f.render()),
        pair(f.fx()),
        c.fxCpuPerFrame(),
        c.renderCpuPerFrame());
    out.printf(
        "%8s   after %.0f s of warm-up, %s%n",
        "",
        c.warmup().seconds(),
        c.warmup().settled()
            ? String.format(
                "the JIT compiler settled (under %.0f %% of a core for %d s)",
                100 * JitSettle.SHARE, JitSettle.WINDOW.toSeconds())
            : "the JIT compiler still busy: figures include its work");
    for (String kind : List.of("zoom", "pan", "select")) {
      Percentiles p = new Percentiles();
      c.inputToPixel().stream()
          .filter(i -> i.kind().equals(kind))
          .forEach(i -> p.add(Math.round(i.millis() * 1e6)));
      if (p.size() > 0) {
        out.printf(
            "%8s   input -> pixel, %-6s (%d inputs), p50/p99/max ms: %.1f/%.1f/%.1f%n",
            "", kind, p.size(), p.millis(50), p.millis(99), p.millis(100));
      }
    }
  }

  private static String pair(FrameFigures.Split s) {
    return pair(s.p50(), s.p99());
  }

  private static String pair(double p50, double p99) {
    return String.format("%.1f/%.1f", p50, p99);
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
