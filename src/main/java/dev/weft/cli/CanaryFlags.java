package dev.weft.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// What every `weft canary` command takes: the fabric file, the journal.
final class CanaryFlags {
  @Parameters(index = "0", paramLabel = "FABRIC", description = "The fabric file.")
  Path file;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      hidden = true,
      description = "The journal file (default: in Weft's data folder).")
  Path journal;
}
