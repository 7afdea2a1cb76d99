package dev.weft.cli;

import dev.weft.state.FabricSnapshot;
import java.io.IOException;
import java.nio.file.Path;

/// Draws the map of a snapshot to a PNG without a display. Injected by the composition root, so
/// the command line never depends on the user interface.
@FunctionalInterface
public interface MapExporter {
  /// Blocks until `out` is written.
  ///
  /// @param matrix draw the overview matrix (one cell per placement) instead of the map
  void renderPng(FabricSnapshot snapshot, boolean dark, boolean matrix, int width, Path out)
      throws IOException;
}
