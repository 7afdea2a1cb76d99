package dev.weft.cli;

import dev.weft.state.FabricSnapshot;
import java.io.IOException;
import java.nio.file.Path;

/// Draws the map of a snapshot to a PNG without a display. Injected by the composition root, so
/// the command line never depends on the user interface.
@FunctionalInterface
public interface MapExporter {
  /// Blocks until `out` is written.
  void renderPng(FabricSnapshot snapshot, boolean dark, int width, Path out) throws IOException;
}
