package dev.weft.cli;

/// Exit codes shared by every command.
public final class ExitCodes {
  public static final int OK = 0;

  /// The thing checked is not fine: an invalid file, an unhealthy or unreachable fabric.
  public static final int NOT_OK = 1;

  public static final int USAGE = 2;

  private ExitCodes() {}
}
