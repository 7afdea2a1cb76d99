package dev.weft.cli;

import dev.weft.fabric.FabricReadResult;
import dev.weft.fabric.FabricReader;
import dev.weft.record.CorruptRecordingException;
import dev.weft.record.Recording;
import dev.weft.record.RecordingFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/// `weft report RECORDING|FABRIC --from 03:00 --to 03:40 --out incident.html [--format md]`.
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the incident report of a recorded window: maps at the start, at each health"
            + " change of note and at the end, the timeline, every action, time spent stale, down"
            + " or degraded per zone. One self-contained HTML file, or Markdown.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:usage error, no or unreadable recording"})
final class ReportCommand implements Callable<Integer> {
  enum Format {
    html,
    md
  }

  @Spec private CommandSpec spec;
  @ParentCommand private WeftCommand parent;

  @Parameters(
      paramLabel = "RECORDING|FABRIC",
      description = "A recording (.weftrec), or a fabric file (its default recording).")
  private Path source;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description = "Start: HH:MM[:SS] (UTC, the recording's last day) or an ISO instant.")
  private String from;

  @Option(names = "--to", paramLabel = "TIME", description = "End (default: the recording's).")
  private String to;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write.")
  private Path out;

  @Option(names = "--format", defaultValue = "html", description = "html or md (html).")
  private Format format;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    Path file = recordingOf(source);
    if (file == null) {
      err.println("weft: " + source + " is neither a recording nor a valid fabric file");
      return ExitCodes.USAGE;
    }
    try (Recording recording = Recording.open(file)) {
      Instant[] span = recording.span().orElse(null);
      if (span == null) {
        err.println("weft: " + file + " holds no recording yet");
        return ExitCodes.USAGE;
      }
      Instant start = from == null ? span[0] : time(from, span[1]);
      Instant end = to == null ? span[1] : time(to, span[1]);
      if (end.isBefore(start)) {
        err.println("weft: --to " + to + " is before --from " + from);
        return ExitCodes.USAGE;
      }
      String text =
          format == Format.md
              ? IncidentReport.markdown(recording, start, end)
              : IncidentReport.html(recording, start, end, parent.desktop().exporter());
      Files.writeString(out, text);
      spec.commandLine().getOut().println("wrote " + out);
      return ExitCodes.OK;
    } catch (DateTimeParseException e) {
      err.println("weft: not a time: " + e.getParsedString() + " (write 03:12, or an ISO instant)");
      return ExitCodes.USAGE;
    } catch (CorruptRecordingException | UncheckedIOException | IOException e) {
      err.println("weft: " + reason(e));
      return ExitCodes.USAGE;
    }
  }

  /// What went wrong, in words: "weft: java.io.IOException: no recording at …" and a bare
  /// "weft: /nonexist/dir/r.html" said it badly.
  static String reason(Exception e) {
    Throwable cause =
        e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    return switch (cause) {
      case java.nio.file.NoSuchFileException n ->
          "cannot write " + n.getFile() + ": its folder does not exist";
      case java.nio.file.AccessDeniedException a -> "cannot write " + a.getFile() + ": not allowed";
      case java.nio.file.FileSystemException f ->
          "cannot write " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
      default -> String.valueOf(cause.getMessage());
    };
  }

  private static Path recordingOf(Path source) {
    if (source.toString().endsWith(RecordingFiles.EXTENSION) || !Files.isRegularFile(source)) {
      return source;
    }
    return switch (new FabricReader().read(source)) {
      case FabricReadResult.Valid v -> RecordingFiles.of(v.fabric().name());
      case FabricReadResult.Invalid i -> null;
    };
  }

  /// HH:MM[:SS] on the UTC day of `last` (the day before when that would be after it).
  static Instant time(String text, Instant last) {
    if (text.contains("T")) {
      return Instant.parse(text);
    }
    LocalTime time = LocalTime.parse(text);
    Instant t = last.atZone(ZoneOffset.UTC).toLocalDate().atTime(time).toInstant(ZoneOffset.UTC);
    return t.isAfter(last.plusSeconds(60)) ? t.minusSeconds(86_400) : t;
  }
}
