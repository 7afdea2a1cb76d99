package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;

/// One painted layer of the map on a canvas. In the window the canvas is the viewport's size
/// and sits, counter-scaled, exactly under it: the map is drawn at the zoom, crisp, and only
/// what is in view. Exported, it covers the whole map at 1:1. A change marks a rectangle of the
/// map dirty; at most once per pulse (at layout) the dirty rectangles are cleared and repainted
/// by the [Painter], clipped. A pan, a zoom, a theme or many changes at once repaint what is in
/// view, once.
///
/// Threading: FX thread only.
final class MapPaintLayer extends Region {
  /// Paints everything of its layer that crosses a rectangle of the map.
  interface Painter {
    /// @param gc transformed to map coordinates and clipped to the rectangle, which is clear
    /// @param zoom canvas pixels per map pixel
    void paint(GraphicsContext gc, double x, double y, double width, double height, double zoom);
  }

  /// More dirty rectangles than this in one frame: repainting the view at once is cheaper.
  private static final int MAX_PIECES = 60;
  private final Canvas canvas = new Canvas();
  private final Affine toMap = new Affine();
  private final List<Box> dirty = new ArrayList<>();
  private final boolean windowed;
  private final Painter painter;
  private double mapWidth;
  private double mapHeight;
  private boolean all = true;
  private boolean scheduled;
  private double zoom = 1;
  private double panX;
  private double panY;
  private double viewWidth;
  private double viewHeight;

  /// @param windowed painted for a viewport given by [#viewport]; otherwise the whole map
  MapPaintLayer(boolean windowed, Painter painter) {
    this.windowed = windowed;
    this.painter = painter;
    setManaged(false);
    setMouseTransparent(true);
    getChildren().add(canvas);
    getTransforms().add(toMap);
  }

  /// A new layout `width` × `height`: everything is painted at the next pulse.
  void size(double width, double height) {
    mapWidth = width;
    mapHeight = height;
    markAll();
  }

  /// The window's view: map point (x, y) shows at pixel (panX + x·zoom, panY + y·zoom) of a
  /// viewport `width` × `height`.
  void viewport(double zoom, double panX, double panY, double width, double height) {
    if (zoom == this.zoom
        && panX == this.panX
        && panY == this.panY
        && width == viewWidth
        && height == viewHeight) {
      return;
    }
    this.zoom = zoom;
    this.panX = panX;
    this.panY = panY;
    this.viewWidth = width;
    this.viewHeight = height;
    markAll();
  }

  /// The current zoom (1 when exported).
  double zoom() {
    return windowed ? zoom : 1;
  }

  /// Repaints `box` (map coordinates) at the next pulse.
  void markDirty(Box box) {
    if (!all) {
      dirty.add(box);
      schedule();
    }
  }

  void markAll() {
    all = true;
    dirty.clear();
    schedule();
  }

  private void schedule() {
    if (!scheduled) {
      scheduled = true;
      requestLayout();
    }
  }

  @Override
  protected void layoutChildren() {
    scheduled = false;
    double s = zoom();
    double w = windowed ? viewWidth : mapWidth;
    double h = windowed ? viewHeight : mapHeight;
    if (w <= 0 || h <= 0 || s <= 0) {
      all = true;
      return;
    }
    double px = windowed ? panX : 0;
    double py = windowed ? panY : 0;
    if (all) {
      canvas.setWidth(Math.ceil(w));
      canvas.setHeight(Math.ceil(h));
      // Counter the map's zoom and pan: the canvas's pixels are the viewport's pixels.
      toMap.setToTransform(1 / s, 0, -px / s, 0, 1 / s, -py / s);
    }
    GraphicsContext gc = canvas.getGraphicsContext2D();
    if (all || dirty.size() > MAX_PIECES) {
      repaint(gc, 0, 0, canvas.getWidth(), canvas.getHeight(), s, px, py);
    } else {
      for (Box b : dirty) {
        double left = Math.max(0, Math.floor(px + b.x() * s));
        double top = Math.max(0, Math.floor(py + b.y() * s));
        double right = Math.min(canvas.getWidth(), Math.ceil(px + b.maxX() * s));
        double bottom = Math.min(canvas.getHeight(), Math.ceil(py + b.maxY() * s));
        if (right > left && bottom > top) {
          repaint(gc, left, top, right - left, bottom - top, s, px, py);
        }
      }
    }
    all = false;
    dirty.clear();
  }

  /// Repaints a rectangle of canvas pixels: cleared, then painted, clipped to it.
  private void repaint(
      GraphicsContext gc, double x, double y, double w, double h, double s, double px, double py) {
    gc.save();
    gc.setTransform(1, 0, 0, 1, 0, 0);
    gc.beginPath();
    gc.rect(x, y, w, h);
    gc.clip();
    gc.clearRect(x, y, w, h);
    gc.setTransform(s, 0, 0, s, px, py);
    painter.paint(gc, (x - px) / s, (y - py) / s, w / s, h / s, s);
    gc.restore();
  }

  /// Whether `b`, grown by `margin`, crosses the rectangle.
  static boolean crosses(Box b, double x, double y, double w, double h, double margin) {
    return b.x() - margin < x + w
        && b.maxX() + margin > x
        && b.y() - margin < y + h
        && b.maxY() + margin > y;
  }
}
