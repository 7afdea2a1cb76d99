package dev.weft.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/// `weft bench ui`: the window, headless, on fabrics of several sizes under several pod event
/// rates, from the synthetic feed or the embedded demo's API; prints one table of presented
/// frames (interval, fps, dropped), event-to-pixel latency and where a frame's time goes. With
/// `--idle`, the CPU and heap of a window on which nothing happens.
@Command(
    name = "ui",
    mixinStandardHelpOptions = true,
    description = "Presented frames and event-to-pixel latency of a headless window under load.")
final class BenchUiCommand implements Callable<Integer> {
  @ParentCommand private BenchCommand bench;
  @Spec private CommandSpec spec;

  @Option(
      names = "--target",
      defaultValue = "synthetic",
      description =
          "synthetic (a generated feed) or demo (the embedded demo's API, informers"
              + " and live model). Default: ${DEFAULT-VALUE}.")
  private String target;

  @Option(
      names = "--sizes",
      split = ",",
      description = "Zones x apps, comma-separated (default 3x3,10x50,20x100; --idle: 5x3).")
  private List<String> sizes;

  @Option(
      names = "--rates",
      split = ",",
      defaultValue = "0,200,2000",
      description = "Pod events/s, comma-separated (default: ${DEFAULT-VALUE}).")
  private List<Integer> rates;

  @Option(
      names = "--duration",
      defaultValue = "4s",
      converter = DurationConverter.class,
      description =
          "Measured time per cell, after the warm-up (default: ${DEFAULT-VALUE};"
              + " --idle: 60s unless given).")
  private Duration duration;

  @Option(
      names = "--warmup",
      defaultValue = "8s",
      converter = DurationConverter.class,
      description =
          "Load on the window before each cell is measured, at least; then until the JIT"
              + " compiler settles (at most 60 s more): a first layout and the compiling are not"
              + " what a window left open shows (default:"
              + " ${DEFAULT-VALUE}).")
  private Duration warmup;

  @Option(names = "--idle", description = "CPU and heap of a window with no events.")
  private boolean idle;

  @Option(
      names = "--replicas",
      defaultValue = "3",
      description = "Pods per app and zone with --target demo (default: ${DEFAULT-VALUE}).")
  private int replicas;

  @Option(
      names = "--view",
      defaultValue = "auto",
      description =
          "auto (what the window opens on: the matrix above 60 placements), map or matrix"
              + " (default: ${DEFAULT-VALUE}).")
  private String view;

  @Option(
      names = "--glass",
      defaultValue = "headless",
      description =
          "headless (JavaFX's headless platform, no display needed) or desktop (the system's"
              + " own, as users run the window: needs a display, e.g. Xvfb) (default:"
              + " ${DEFAULT-VALUE}).")
  private String glass;

  @Option(
      names = "--floor",
      description =
          "First measure a window as large whose only change is one square a pulse: the frame"
              + " interval JavaFX and this machine give when the window costs nothing.")
  private boolean floor;

  @Override
  public Integer call() {
    if (!List.of("auto", "map", "matrix").contains(view)) {
      throw new ParameterException(
          spec.commandLine(), "--view must be auto, map or matrix, not '" + view + "'");
    }
    if (!glass.equals("headless") && !glass.equals("desktop")) {
      throw new ParameterException(
          spec.commandLine(), "--glass must be headless or desktop, not '" + glass + "'");
    }
    boolean linux = System.getProperty("os.name", "").startsWith("Linux");
    if (glass.equals("desktop")
        && linux
        && System.getenv("DISPLAY") == null
        && System.getenv("WAYLAND_DISPLAY") == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--glass desktop needs a display (DISPLAY or WAYLAND_DISPLAY); without one, run it"
              + " under Xvfb (Xvfb :99 -screen 0 1440x900x24 & DISPLAY=:99 weft bench ui ...)");
    }
    if (!target.equals("synthetic") && !target.equals("demo")) {
      throw new ParameterException(
          spec.commandLine(), "--target must be synthetic or demo, not '" + target + "'");
    }
    List<String> asked =
        sizes != null ? sizes : idle ? List.of("5x3") : List.of("3x3", "10x50", "20x100");
    List<int[]> parsed = new ArrayList<>();
    for (String s : asked) {
      String[] parts = s.trim().split("x");
      try {
        int zones = Integer.parseInt(parts[0]);
        int apps = Integer.parseInt(parts[1]);
        if (parts.length != 2 || zones < 1 || apps < 1 || zones > 50 || apps > 500) {
          throw new NumberFormatException();
        }
        parsed.add(new int[] {zones, apps});
      } catch (RuntimeException e) {
        throw new ParameterException(
            spec.commandLine(), "'" + s + "' is not a size; write zones x apps, e.g. 10x50");
      }
    }
    if (rates.stream().anyMatch(r -> r < 0 || r > 100_000)) {
      throw new ParameterException(spec.commandLine(), "--rates must be 0 to 100000 events/s");
    }
    boolean durationGiven = spec.commandLine().getParseResult().hasMatchedOption("--duration");
    Duration measured = idle && !durationGiven ? Duration.ofSeconds(60) : duration;
    return bench
        .desktop()
        .benchmark()
        .run(
            new UiBenchmark.Request(
                target.equals("demo"),
                parsed,
                rates,
                measured,
                idle,
                replicas,
                view,
                glass,
                warmup,
                floor),
            System.out);
  }
}
