package dev.weft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/// The options every acting command shares (`failover`, `reroute`, `evacuate`, `failback`).
final class ActionFlags {
  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why; recorded on every changed object and in the journal.")
  String reason = "";

  @Option(
      names = "--dry-run",
      description = "Print the preview and the server's dry-run verdicts; change nothing.")
  boolean dryRun;

  @Option(names = "--yes", description = "Go ahead without asking (needed without a terminal).")
  boolean yes;

  @Option(
      names = "--confirm",
      paramLabel = "WORD",
      description =
          "A word a check asks to be typed (the fabric's name to drain the last zone, a zone's name to use an unhealthy target); repeatable.")
  List<String> confirm = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      hidden = true,
      description = "The journal file (default: in Weft's data folder).")
  Path journal;
}
