package dev.weft.cli;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.demo.DemoFabric;
import dev.weft.demo.DemoOptions;
import dev.weft.demo.RunningDemo;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.FabricError;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.LiveFabric;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/// `weft snapshot [FABRIC] --out map.png [--view matrix]`: renders the live map (or the overview
/// matrix) to a PNG without a display, once
/// every zone has synced (or failed, or the timeout passed). Without FABRIC, the embedded demo.
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = "Render the live map of a fabric (default: the embedded demo) to a PNG.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the image is written",
      "2:it could not start: a bad option, a missing or invalid fabric file, an image it cannot"
          + " write",
      "3:timed out: some zone neither synced nor failed within --timeout (the image is written"
          + " as it was, the zones still syncing named on stderr)"
    })
final class SnapshotCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private WeftCommand parent;

  @Parameters(arity = "0..1", paramLabel = "FABRIC", description = "The fabric file to draw.")
  private Path file;

  @Option(names = "--out", required = true, paramLabel = "PNG", description = "Where to write.")
  private Path out;

  @Option(
      names = "--theme",
      defaultValue = "light",
      paramLabel = "light|dark",
      description = "Colours (default: ${DEFAULT-VALUE}).")
  private ThemeName theme;

  @Option(
      names = "--width",
      defaultValue = "1600",
      paramLabel = "PIXELS",
      description = "Image width (default: ${DEFAULT-VALUE}).")
  private int width;

  @Option(
      names = "--timeout",
      defaultValue = "15s",
      converter = DurationConverter.class,
      description = "How long to wait for every zone to sync or fail (default: ${DEFAULT-VALUE}).")
  private Duration timeout;

  @Option(
      names = "--view",
      defaultValue = "map",
      paramLabel = "map|matrix",
      description = "The map, or the overview matrix of zones x apps (default: ${DEFAULT-VALUE}).")
  private ViewName view;

  enum ViewName {
    map,
    matrix
  }

  enum ThemeName {
    light,
    dark
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (width < 200 || width > 16_000) {
      err.println("weft snapshot: --width must be between 200 and 16000 pixels, not " + width);
      return ExitCodes.USAGE;
    }
    if (file == null) {
      try (RunningDemo demo = DemoFabric.start(DemoOptions.defaults())) {
        return render(demo.fabricFile(), err);
      }
    }
    return render(file, err);
  }

  private int render(Path fabricFile, PrintWriter err) throws InterruptedException {
    return switch (new FabricReader().read(fabricFile)) {
      case FabricReadResult.Invalid invalid -> {
        // One rule for every command but `validate`: a file it cannot use is 2.
        invalid.errors().stream().map(FabricError::format).forEach(err::println);
        yield ExitCodes.USAGE;
      }
      case FabricReadResult.Valid valid -> {
        Fabric fabric = valid.fabric();
        try (LiveFabric live = LiveFabric.open(fabric, KubeconfigSource.forFabric(fabric))) {
          boolean settled = live.awaitSettled(timeout);
          FabricSnapshot snapshot = live.current();
          int written = write(snapshot, err);
          if (written != ExitCodes.OK || settled) {
            yield written;
          }
          // The image shows zones still syncing: say so, as `status` does, not "done".
          err.println("weft snapshot: " + StatusReport.timedOut(snapshot, timeout));
          yield ExitCodes.TIMED_OUT;
        }
      }
    };
  }

  private int write(FabricSnapshot snapshot, PrintWriter err) {
    try {
      parent
          .desktop()
          .exporter()
          .renderPng(snapshot, theme == ThemeName.dark, view == ViewName.matrix, width, out);
      spec.commandLine().getOut().println(out);
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("weft snapshot: cannot write " + out + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
