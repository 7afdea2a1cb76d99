package dev.weft.ui.export;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.map.MapCanvas;
import dev.weft.ui.map.MapLayoutEngine;
import dev.weft.ui.map.MapLegend;
import dev.weft.ui.map.MapSummary;
import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/// Draws the map of one snapshot to a PNG, headless: the same view classes as the window, with a
/// caption and a legend, scaled (as vectors, so text stays sharp) to the width asked for.
///
/// Threading: [#renderPng] may be called from any thread but the FX thread; it starts JavaFX
/// headless when needed and blocks until the file is written.
public final class MapRenderer {
  private MapRenderer() {}

  /// Renders `snapshot` in `theme`, `width` pixels wide, to `out` (PNG). The height follows the
  /// map's proportions.
  public static void renderPng(FabricSnapshot snapshot, Theme theme, int width, Path out)
      throws IOException {
    write(HeadlessFx.call(() -> render(snapshot, theme, width)), out);
  }

  /// Renders to `out` without holding the FX thread: the layout (ELK) and the PNG encoding run
  /// on `background`, only building the nodes and taking the snapshot on the FX thread. For the
  /// window, whose toolkit is already running.
  ///
  /// @return completes with `out` once written, or with the failure
  public static CompletableFuture<Path> renderPngAsync(
      FabricSnapshot snapshot, Theme theme, int width, Path out, Executor background) {
    return CompletableFuture.supplyAsync(() -> laidOut(snapshot), background)
        .thenApplyAsync(vm -> snapshotOf(vm, snapshot, theme, width), Platform::runLater)
        .thenApplyAsync(
            image -> {
              try {
                write(SwingFXUtils.fromFXImage(image, null), out);
                return out;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            background);
  }

  /// A private view model with the map laid out. Runs on any thread: nothing of it is shown.
  private static MapViewModel laidOut(FabricSnapshot snapshot) {
    MapViewModel vm = new MapViewModel(new MapLayoutEngine());
    vm.apply(snapshot);
    return vm;
  }

  private static void write(BufferedImage image, Path out) throws IOException {
    PngFiles.write(image, out);
  }

  /// FX thread: builds, lays out and snapshots the map.
  static BufferedImage render(FabricSnapshot snapshot, Theme theme, int width) {
    WritableImage image = snapshotOf(laidOut(snapshot), snapshot, theme, width);
    try {
      return SwingFXUtils.fromFXImage(image, null);
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("cannot convert the map image", e));
    }
  }

  /// FX thread: builds the nodes of a laid-out map and snapshots them.
  private static WritableImage snapshotOf(
      MapViewModel vm, FabricSnapshot snapshot, Theme theme, int width) {
    Parent root = exportRoot(vm, snapshot);
    theme.applyTo(root);
    new Scene(root);
    root.applyCss();
    root.layout();
    double natural = root.prefWidth(-1);
    double scale = width / natural;
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(new Scale(scale, scale));
    params.setFill(Color.TRANSPARENT);
    return root.snapshot(params, null);
  }

  /// The map with its caption and legend above it, as exported.
  public static Parent exportRoot(MapViewModel vm, FabricSnapshot snapshot) {
    MapSummary summary = MapSummary.of(snapshot);
    Label title = new Label(summary.title());
    title.getStyleClass().add("map-title");
    Label subtitle = new Label(summary.subtitle());
    subtitle.getStyleClass().add("map-subtitle");
    VBox header = new VBox(title, subtitle, new MapLegend());
    header.getStyleClass().add("export-header");
    VBox root = new VBox(header, new MapCanvas(vm));
    root.getStyleClass().add("map-canvas");
    return root;
  }
}
