package dev.weft.ui.overview;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.map.MapLayoutEngine;
import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;

/// Draws the overview matrix of one snapshot to a PNG, headless, with the window's own view
/// classes: every row, at most `width` pixels wide (a matrix of few zones is narrower: its cells
/// do not stretch past their widest).
///
/// Threading: call from any thread but the FX thread; blocks until the file is written.
public final class MatrixRenderer {
  private MatrixRenderer() {}

  public static void renderPng(FabricSnapshot snapshot, Theme theme, int width, Path out)
      throws IOException {
    BufferedImage image = HeadlessFx.call(() -> render(snapshot, theme, width));
    dev.weft.ui.export.PngFiles.write(image, out);
  }

  /// FX thread: builds the view at full height and snapshots it.
  static BufferedImage render(FabricSnapshot snapshot, Theme theme, int width) {
    MapViewModel map = new MapViewModel(new MapLayoutEngine());
    map.apply(snapshot);
    MatrixViewModel vm = new MatrixViewModel(map);
    vm.apply(snapshot);
    MatrixView view = new MatrixView(vm, id -> {});
    StackPane root = new StackPane(view);
    theme.applyTo(root);
    // Sized by the root's preferred size, set below once CSS tells how tall the header is.
    new Scene(root);
    root.applyCss();
    double header = view.getTop().prefHeight(width);
    double needed = view.naturalWidth();
    double w = Math.min(width, needed);
    double h = header + MatrixGeometry.HEADER + MatrixGeometry.ROW * vm.rows() + 2;
    root.setPrefSize(w, h);
    root.resize(w, h);
    root.applyCss();
    root.layout();
    SnapshotParameters params = new SnapshotParameters();
    return SwingFXUtils.fromFXImage(root.snapshot(params, null), null);
  }
}
