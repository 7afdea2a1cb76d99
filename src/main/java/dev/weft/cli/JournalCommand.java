package dev.weft.cli;

import dev.weft.action.Journal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/// `weft journal [--since 1h] [--json]`: prints the user's journal of actions.
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = "Print the journal of actions (JSON lines in Weft's data folder), oldest first.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed (also when empty)", "1:the journal cannot be read", "2:usage error"})
final class JournalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--since",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Only entries from this long ago (e.g. 1h, 30m).")
  private Duration since;

  @Option(names = "--json", description = "Print the entries as JSON lines.")
  private boolean json;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      hidden = true,
      description = "The journal file.")
  private Path file;

  @Override
  public Integer call() {
    Journal journal = new Journal(file == null ? Journal.defaultFile() : file);
    Instant from = since == null ? null : Clock.systemUTC().instant().minus(since);
    List<JsonNode> entries;
    try {
      entries = journal.read(from);
    } catch (java.io.UncheckedIOException e) {
      spec.commandLine().getErr().println("weft: " + e.getMessage());
      return ExitCodes.NOT_OK;
    }
    var out = spec.commandLine().getOut();
    if (entries.isEmpty() && !json) {
      spec.commandLine()
          .getErr()
          .println(
              "weft: no journal entries"
                  + (since == null
                      ? ""
                      : " in the last " + since.toString().substring(2).toLowerCase())
                  + " in "
                  + journal.file());
    }
    for (JsonNode e : entries) {
      out.println(json ? e.toString() : Journal.line(e));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
