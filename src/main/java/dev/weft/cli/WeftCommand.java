package dev.weft.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/// The `weft` top-level command. With no subcommand it opens the window.
///
/// Exit codes follow one rule for every command ([ExitCodes]): 0 success, 1 the thing checked
/// is not fine (invalid file, unhealthy fabric), 2 the command cannot do what was asked (bad
/// option, a file it cannot read or use), 3 timed out; a closed standard output ends any
/// command quietly.
@Command(
    name = "weft",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "A desktop control room for applications that run in several Kubernetes clusters.")
public final class WeftCommand implements Callable<Integer> {
  /// The subcommands, in the order help lists them.
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
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
          FinishCommand.class,
          JournalCommand.class,
          RecordCommand.class,
          ReportCommand.class,
          CanaryCommand.class,
          CommandLine.HelpCommand.class);

  private final Desktop desktop;

  WeftCommand(Desktop desktop) {
    this.desktop = desktop;
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "Also print a line per connection state change and the client libraries' own"
              + " reports, with stack traces (to stderr).")
  void verbose(boolean on) {
    if (on) {
      Verbose.on();
    }
  }

  /// With no subcommand this opens the window, which records.
  @Mixin private NoRecordOption noRecord;

  /// A picocli command line with Weft's exit codes and error handling.
  public static CommandLine commandLine(WindowLauncher windowLauncher) {
    return commandLine(Desktop.windowOnly(windowLauncher));
  }

  /// A picocli command line with Weft's exit codes and error handling, on `desktop`.
  public static CommandLine commandLine(Desktop desktop) {
    return commandLine(desktop, null);
  }

  /// As [#commandLine(Desktop)], for running `argv`: when they name a subcommand (the first
  /// argument that is not an option; the top-level options take no value), only that one is
  /// built. picocli builds each command's model by reflection, and all of them cost a one-shot
  /// `weft status` a second of a cold start; `weft --help`, `weft help …` and unknown names
  /// still get every subcommand.
  public static CommandLine commandLine(Desktop desktop, String[] argv) {
    CommandLine commandLine = new CommandLine(new WeftCommand(desktop));
    String named = null;
    if (argv != null) {
      for (String arg : argv) {
        if (!arg.startsWith("-")) {
          named = arg;
          break;
        }
      }
    }
    boolean one = false;
    for (Class<?> sub : SUBCOMMANDS) {
      one |= sub != CommandLine.HelpCommand.class && nameOf(sub).equals(named);
    }
    for (Class<?> sub : SUBCOMMANDS) {
      if (!one || nameOf(sub).equals(named)) {
        commandLine.addSubcommand(sub);
      }
    }
    // On System.out itself, so that a closed pipe shows: picocli's own writer wraps it in an
    // OutputStreamWriter, whose errors System.out swallows, and `weft status --watch | head -1`
    // never learned that nobody read it any more (see [OutputClosed]).
    commandLine.setOut(
        new java.io.PrintWriter(System.out, true, java.nio.charset.Charset.defaultCharset()));
    commandLine.setExitCodeExceptionMapper(error -> ExitCodes.NOT_OK);
    commandLine.setExecutionExceptionHandler(
        (error, cmd, parseResult) -> {
          if (error instanceof OutputClosed) {
            return ExitCodes.OUTPUT_CLOSED;
          }
          throw error;
        });
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

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
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
