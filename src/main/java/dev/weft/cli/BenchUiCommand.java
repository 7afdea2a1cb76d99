package dev.weft.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/// `weft bench ui`: a headless window on a 10 zones × 50 apps fabric under a synthetic pod event
/// load; prints frame time and event-to-pixel latency beside their targets.
@Command(
    name = "ui",
    mixinStandardHelpOptions = true,
    description = "Frame time and event-to-pixel latency of a headless window under load.")
final class BenchUiCommand implements Callable<Integer> {
  @ParentCommand private BenchCommand bench;

  @Option(names = "--rate", defaultValue = "2000", description = "Pod events/s (2000).")
  private int rate;

  @Option(
      names = "--duration",
      defaultValue = "20s",
      converter = DurationConverter.class,
      description = "How long the load runs (default: ${DEFAULT-VALUE}).")
  private Duration duration;

  @Override
  public Integer call() {
    return bench.desktop().benchmark().run(duration, rate, System.out);
  }
}
