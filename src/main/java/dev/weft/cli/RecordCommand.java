package dev.weft.cli;

import dev.weft.cluster.KubeconfigSource;
import dev.weft.fabric.FabricError;
import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.record.Recorder;
import dev.weft.record.Recorders;
import dev.weft.record.RecordingFiles;
import dev.weft.record.Retention;
import dev.weft.state.LiveFabric;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `weft record FABRIC [--out FILE] [--retain 7d] [--max-size 1GiB]`: the flight recorder
/// without a window, until interrupted (a server that records the night for the team).
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description =
        "Record a fabric without a window until interrupted (Ctrl-C), for replay and reports.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "1:recording stopped (a full disk, an unwritable file)",
      "2:usage error, unreadable fabric file"
    })
final class RecordCommand implements Callable<Integer> {
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FABRIC", description = "The fabric file.")
  private Path file;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The recording (default: recordings/FABRIC.weftrec in Weft's data folder).")
  private Path out;

  @Option(
      names = "--retain",
      paramLabel = "AGE",
      converter = RetentionConverters.Age.class,
      description = "Keep this much recorded time, oldest dropped first (default: 24h).")
  private Duration retain;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = RetentionConverters.Size.class,
      description = "Keep the file under this size (default: 1GiB).")
  private Long maxSize;

  @Override
  public Integer call() throws InterruptedException {
    var err = spec.commandLine().getErr();
    return switch (new FabricReader().read(file)) {
      case FabricReadResult.Invalid invalid -> {
        invalid.errors().stream().map(FabricError::format).forEach(err::println);
        yield ExitCodes.USAGE;
      }
      case FabricReadResult.Valid valid -> {
        var fabric = valid.fabric();
        Path target = out != null ? out : RecordingFiles.of(fabric.name());
        Retention retention =
            new Retention(
                retain != null ? retain : Retention.DEFAULT.maxAge(),
                maxSize != null ? maxSize : Retention.DEFAULT.maxBytes());
        CountDownLatch stopped = new CountDownLatch(1);
        var started =
            Recorders.start(
                fabric,
                target,
                retention,
                why -> {
                  err.println("weft: " + why);
                  err.flush();
                  stopped.countDown();
                });
        if (started.isEmpty()) {
          yield ExitCodes.NOT_OK;
        }
        Recorder recorder = started.get();
        LiveFabric live =
            LiveFabric.open(
                fabric,
                KubeconfigSource.forFabric(fabric),
                LiveFabric.Options.defaults(),
                recorder);
        // Ctrl-C ends the JVM: write what is queued first.
        Thread hook =
            new Thread(
                () -> {
                  Closing.within(live, CLOSE_WAIT);
                  recorder.close();
                });
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine()
            .getOut()
            .println("recording " + fabric.name() + " to " + target + " (Ctrl-C stops)");
        spec.commandLine().getOut().flush();
        stopped.await();
        yield ExitCodes.NOT_OK;
      }
    };
  }
}
