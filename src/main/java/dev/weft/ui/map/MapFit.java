package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
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
  private final Supplier<List<Box>> overlays;
  private final BooleanSupplier presenting;
  // The opening fit of the current shape is done (a new shape waits for the viewport's size).
  private boolean fitted;
  // The view is as a fit left it: nobody zoomed or panned since.
  private boolean followsFit = true;
  private boolean reportPending;
  // The opening view showed a large map at full width from the top, not whole.
  private boolean fullWidth;

  /// @param top the band at the viewport's top kept free (the toolbar's)
  /// @param bottom the band at its bottom kept free (the legend's)
  /// @param overlays what is shown over the viewport's bottom (the action suggestions), in its
  ///     coordinates, grown by the gap to keep: a fit keeps the map clear of them (see [#fit]);
  ///     the lanes' layout does not follow them, so that a suggestion coming and going never
  ///     moves lanes to other columns
  MapFit(
      MapViewModel vm,
      Pane viewport,
      Scale scale,
      Translate pan,
      DoubleSupplier top,
      DoubleSupplier bottom,
      Supplier<List<Box>> overlays,
      BooleanSupplier presenting) {
    this.vm = vm;
    this.viewport = viewport;
    this.scale = scale;
    this.pan = pan;
    this.top = top;
    this.bottom = bottom;
    this.overlays = overlays;
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

  /// Shows the whole map, centred, never enlarged beyond the room's largest zoom, and with what
  /// it draws (lanes, gateway, the edges' labels) clear of the overlays: moved right as far as
  /// it must and the width allows, so that it keeps its zoom (fitted smaller, a 5 x 4 map's
  /// cards lost their words); else fitted above them.
  void fit() {
    MapLayout layout = vm.layoutProperty().get();
    if (layout == null || viewport.getWidth() <= 0) {
      return;
    }
    fullWidth = false;
    FitRoom room = room();
    double s = room.zoom(size(layout));
    double x = (viewport.getWidth() - layout.width() * s) / 2;
    double y = top.getAsDouble() + centred(room, s);
    List<Box> over = overlays.get();
    double aside = x;
    for (Box c : drawn(layout)) {
      Box shown = new Box(x + c.x() * s, y + c.y() * s, c.width() * s, c.height() * s);
      for (Box o : over) {
        if (MapPaintLayer.crosses(shown, o.x(), o.y(), o.width(), o.height(), 0)) {
          aside = Math.max(aside, x + o.maxX() - shown.x());
        }
      }
    }
    if (aside + layout.width() * s <= viewport.getWidth()) {
      x = aside;
    } else {
      double band = 0;
      for (Box o : over) {
        band = Math.max(band, viewport.getHeight() - bottom.getAsDouble() - o.y());
      }
      FitRoom above = new FitRoom(room.width(), Math.max(1, room.height() - band), room.maxZoom());
      s = above.zoom(size(layout));
      x = (viewport.getWidth() - layout.width() * s) / 2;
      y = top.getAsDouble() + centred(above, s);
    }
    show(s, x, y);
  }

  /// What the map draws, in map pixels, that an overlay must not hide: the lanes, the gateway
  /// card and the edges' labels (as large as a two-line "20 % → zone stale").
  private static List<Box> drawn(MapLayout layout) {
    List<Box> out = new ArrayList<>();
    out.add(layout.gateway());
    layout.lanes().forEach(l -> out.add(l.bounds()));
    layout.gatewayRoutes().forEach(r -> out.add(r.label().box(80, 40)));
    return out;
  }

  /// The room changed in a way no resize tells (presentation mode): reports it.
  void roomChanged() {
    report();
  }

  /// Something shown at the bottom came, went or grew: a map fitted whole is fitted again, above
  /// it (a large map shown at full width scrolls under it, as under the legend).
  void overlaysChanged() {
    if (fitted && followsFit && !fullWidth && vm.layoutProperty().get() != null) {
      fit();
    }
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
    fullWidth = scale.getX() < FitRoom.READABLE;
    if (fullWidth) {
      show(room().fullWidthZoom(size(layout)), 0, top.getAsDouble());
    }
  }

  private void resized() {
    MapLayout layout = vm.layoutProperty().get();
    if (!fitted && viewport.getWidth() > 0 && layout != null) {
      fitted = true;
      showWhole();
    } else if (fitted && followsFit && viewport.getWidth() > 0 && layout != null) {
      // A fitted map follows the window: made smaller, it was cut at the right and its last
      // lanes went under the legend until something else asked for a fit.
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
