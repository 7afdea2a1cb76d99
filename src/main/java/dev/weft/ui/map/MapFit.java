package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Size;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/// How the map sits in the [MapView]'s viewport when the user has not moved it: fitted whole
/// (or, when that would be unreadably small, at full width from the top) on opening and on
/// "fit". It tells the [MapViewModel] the room the map is fitted into, at most once a frame,
/// and follows the layouts that room brings: when only the lanes' column count changed, a
/// fitted map is fitted again; a map the user zoomed or panned keeps its zoom, and the
/// placement they were looking at (the selected one if in view, else the one nearest the
/// middle) stays where it was on the screen.
///
/// Threading: FX thread only.
final class MapFit {
  private final MapViewModel vm;
  private final Pane viewport;
  private final Scale scale;
  private final Translate pan;
  private final DoubleSupplier top;
  private final DoubleSupplier bottom;
  private final BooleanSupplier presenting;
  // The opening fit of the current shape is done (a new shape waits for the viewport's size).
  private boolean fitted;
  // The view is as a fit left it: nobody zoomed or panned since.
  private boolean followsFit = true;
  private boolean reportPending;

  /// @param top the band at the viewport's top kept free (the toolbar's)
  /// @param bottom the band at its bottom kept free (the legend's)
  MapFit(
      MapViewModel vm,
      Pane viewport,
      Scale scale,
      Translate pan,
      DoubleSupplier top,
      DoubleSupplier bottom,
      BooleanSupplier presenting) {
    this.vm = vm;
    this.viewport = viewport;
    this.scale = scale;
    this.pan = pan;
    this.top = top;
    this.bottom = bottom;
    this.presenting = presenting;
    vm.layoutProperty().addListener((o, old, now) -> follow(old, now));
    viewport.widthProperty().addListener((o, a, b) -> resized());
    viewport.heightProperty().addListener((o, a, b) -> resized());
  }

  /// Where the whole map is fitted: the viewport less the toolbar's and the legend's bands.
  FitRoom room() {
    double height = Math.max(1, viewport.getHeight() - top.getAsDouble() - bottom.getAsDouble());
    return new FitRoom(viewport.getWidth(), height, presenting.getAsBoolean() ? 2.5 : 1.0);
  }

  /// Shows the whole map, centred, never enlarged beyond the room's largest zoom.
  void fit() {
    MapLayout layout = vm.layoutProperty().get();
    if (layout == null || viewport.getWidth() <= 0) {
      return;
    }
    FitRoom room = room();
    double s = room.zoom(size(layout));
    show(s, (viewport.getWidth() - layout.width() * s) / 2, top.getAsDouble() + centred(room, s));
  }

  /// The room changed in a way no resize tells (presentation mode): reports it.
  void roomChanged() {
    report();
  }

  /// The user zoomed or panned: a change of layout no longer fits the map again.
  void moved() {
    followsFit = false;
  }

  private double centred(FitRoom room, double s) {
    MapLayout layout = vm.layoutProperty().get();
    return Math.max(0, (room.height() - layout.height() * s) / 2);
  }

  private void show(double s, double x, double y) {
    scale.setX(s);
    scale.setY(s);
    pan.setX(x);
    pan.setY(y);
    followsFit = true;
  }

  /// The opening view: fitted whole, or at full width from the top where the whole would not
  /// read (a large fabric).
  private void showWhole() {
    MapLayout layout = vm.layoutProperty().get();
    fit();
    if (scale.getX() < FitRoom.READABLE) {
      show(room().fullWidthZoom(size(layout)), 0, top.getAsDouble());
    }
  }

  private void resized() {
    MapLayout layout = vm.layoutProperty().get();
    if (!fitted && viewport.getWidth() > 0 && layout != null) {
      fitted = true;
      showWhole();
    }
    report();
  }

  /// Tells the view model the room once, after this frame's size changes (a window being
  /// dragged changes width and height apart, every frame): one pending call at most.
  private void report() {
    if (!reportPending) {
      reportPending = true;
      Platform.runLater(
          () -> {
            reportPending = false;
            if (viewport.getWidth() > 0 && viewport.getHeight() > 0) {
              vm.fitInto(room());
            }
          });
    }
  }

  private void follow(MapLayout old, MapLayout now) {
    if (old == null || now == null || !old.shape().equals(now.shape())) {
      // Another fabric (File → Open) in a viewport that has its size: no resize will come to
      // fit it, and it would show at the last fabric's zoom and pan.
      fitted = false;
      resized();
    } else if (followsFit) {
      showWhole();
    } else {
      keepInPlace(old, now);
    }
  }

  /// Pans so that the placement the user was looking at shows where it did, at the same zoom.
  private void keepInPlace(MapLayout old, MapLayout now) {
    double s = scale.getX();
    double cx = (viewport.getWidth() / 2 - pan.getX()) / s;
    double cy = (viewport.getHeight() / 2 - pan.getY()) / s;
    Box view =
        new Box(
            -pan.getX() / s, -pan.getY() / s, viewport.getWidth() / s, viewport.getHeight() / s);
    String anchor = vm.selection().selectedIdProperty().get();
    Box was = old.placements().get(anchor);
    if (was == null
        || !MapPaintLayer.crosses(was, view.x(), view.y(), view.width(), view.height(), 0)) {
      anchor = null;
      double nearest = Double.MAX_VALUE;
      for (var e : old.placements().entrySet()) {
        double d = Math.hypot(e.getValue().centerX() - cx, e.getValue().centerY() - cy);
        if (d < nearest) {
          nearest = d;
          anchor = e.getKey();
        }
      }
    }
    Box before = anchor == null ? null : old.placements().get(anchor);
    Box after = anchor == null ? null : now.placements().get(anchor);
    if (before != null && after != null) {
      pan.setX(pan.getX() + (before.x() - after.x()) * s);
      pan.setY(pan.getY() + (before.y() - after.y()) * s);
    }
  }

  private static Size size(MapLayout layout) {
    return new Size(layout.width(), layout.height());
  }
}
