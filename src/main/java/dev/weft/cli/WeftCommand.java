package dev.weft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// The `weft` top-level command. With no subcommand it opens the window.
///
/// Exit codes follow one rule for every command: 0 success, 1 the thing checked is not fine
/// (invalid file, unhealthy fabric), 2 usage error.
@Command(
    name = "weft",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "A desktop control room for applications that run in several Kubernetes clusters.",
    subcommands = {
      ValidateCommand.class,
      OpenCommand.class,
      DemoCommand.class,
      StatusCommand.class,
      BenchCommand.class,
      SnapshotCommand.class,
      FailoverCommand.class,
      RerouteCommand.class,
      EvacuateCommand.class,
      FailbackCommand.class,
      JournalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class WeftCommand implements Callable<Integer> {
  private final Desktop desktop;

  WeftCommand(Desktop desktop) {
    this.desktop = desktop;
  }

  /// A picocli command line with Weft's exit codes and error handling.
  public static CommandLine commandLine(WindowLauncher windowLauncher) {
    return commandLine(Desktop.windowOnly(windowLauncher));
  }

  /// A picocli command line with Weft's exit codes and error handling, on `desktop`.
  public static CommandLine commandLine(Desktop desktop) {
    CommandLine commandLine = new CommandLine(new WeftCommand(desktop));
    commandLine.setExitCodeExceptionMapper(error -> ExitCodes.NOT_OK);
    commandLine.setParameterExceptionHandler(
        (error, args) -> {
          CommandLine cmd = error.getCommandLine();
          cmd.getErr().println(cmd.getColorScheme().errorText("weft: " + error.getMessage()));
          cmd.getErr()
              .println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
          return ExitCodes.USAGE;
        });
    return commandLine;
  }

  WindowLauncher windowLauncher() {
    return desktop.window();
  }

  Desktop desktop() {
    return desktop;
  }

  @Override
  public Integer call() {
    return desktop.window().open(null);
  }
}
