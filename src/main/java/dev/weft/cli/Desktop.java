package dev.weft.cli;

/// What the command line needs of the user interface: the window, the headless map export and
/// the UI benchmark. The composition root supplies the real ones; tests supply stand-ins.
public record Desktop(WindowLauncher window, MapExporter exporter, UiBenchmark benchmark) {

  /// Only a window launcher; exporting or benchmarking fails loudly (for command-line tests).
  public static Desktop windowOnly(WindowLauncher window) {
    return new Desktop(
        window,
        (snapshot, dark, matrix, width, out) -> {
          throw new IllegalStateException("no map exporter wired");
        },
        (request, out) -> {
          throw new IllegalStateException("no UI benchmark wired");
        });
  }
}
