package dev.weft.cli;

/// Exit codes shared by every command, one rule for all (the README's "Exit codes"):
/// 0 the command did its job and the answer is yes; 1 it did its job and the answer is no;
/// 2 it could not do its job as asked; 3 it gave up waiting for an answer.
public final class ExitCodes {
  public static final int OK = 0;

  /// The thing checked is not fine: an invalid fabric file (`validate`), an unhealthy or
  /// unreachable fabric (`status`), a benchmark that missed its targets.
  public static final int NOT_OK = 1;

  /// The command could not run as asked: a bad option, or a file it cannot read or use.
  public static final int USAGE = 2;

  /// The answer is not known: the wait (`--timeout`) ran out first.
  public static final int TIMED_OUT = 3;

  /// Standard output was closed (`weft status --watch | head`): the command ends quietly, with
  /// the code of a Unix command ended by SIGPIPE.
  public static final int OUTPUT_CLOSED = 141;

  private ExitCodes() {}
}
