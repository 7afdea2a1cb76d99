package dev.weft.cli;

import picocli.CommandLine.Option;

/// `--no-record`, mixed into the commands that record (the window: `weft` and `weft open`, and
/// `weft status --watch`) and only those, so no other command's help offers it. Set while the
/// command line is parsed, before anything starts; not thread-safe.
final class NoRecordOption {
  @Option(
      names = "--no-record",
      description =
          "Do not record the fabric (the window and `status --watch` record it by default to"
              + " recordings/FABRIC.weftrec in Weft's data folder).")
  void noRecord(boolean on) {
    if (on) {
      dev.weft.record.Recorders.disable();
    }
  }
}
