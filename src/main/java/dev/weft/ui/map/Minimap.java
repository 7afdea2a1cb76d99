package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapInks.Ink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/// An overview of large maps: one dot per placement in its health colour, lanes as bands (both
/// painted on a canvas) and the visible part as a frame. Clicking centres the map there. Shown only
// when the map is big.
///
/// Threading: FX thread only.
final class Minimap extends Pane {
  private static final double WIDTH = 200;
  private static final double MAX_HEIGHT = 220;
  private final MapViewModel vm;
  private final Rectangle frame = new Rectangle();
  private final Canvas canvas = new Canvas();
  private final MapInks inks = new MapInks(this::paintAll);
  private final Map<PlacementViewModel, Box> dots = new LinkedHashMap<>();
  private final Map<PlacementViewModel, Box> changedDots = new LinkedHashMap<>();
  private final PauseTransition settle = new PauseTransition(Duration.millis(250));
  private List<Box> bands = List.of();
  private double factor = 1;
  private boolean big;
  private boolean suppressed;

  interface Centerer {
    void centerOn(double x, double y);
  }

  Minimap(MapViewModel vm, Pane viewport, Scale scale, Translate pan, Centerer centerer) {
    this.vm = vm;
    setId("minimap");
    getStyleClass().add("minimap");
    setManaged(true);
    frame.getStyleClass().add("minimap-frame");
    frame.setMouseTransparent(true);
    vm.layoutProperty().addListener((o, a, b) -> rebuild());
    settle.setOnFinished(
        e -> {
          changedDots.forEach(this::dot);
          changedDots.clear();
        });
    InvalidationListener moved =
        o -> {
          frame.setX(-pan.getX() / scale.getX() * factor);
          frame.setY(-pan.getY() / scale.getY() * factor);
          frame.setWidth(viewport.getWidth() / scale.getX() * factor);
          frame.setHeight(viewport.getHeight() / scale.getY() * factor);
        };
    for (var p :
        new javafx.beans.Observable[] {
          pan.xProperty(),
          pan.yProperty(),
          scale.xProperty(),
          viewport.widthProperty(),
          viewport.heightProperty()
        }) {
      p.addListener(moved);
    }
    setOnMouseClicked(e -> centerer.centerOn(e.getX() / factor, e.getY() / factor));
    setOnMouseDragged(e -> centerer.centerOn(e.getX() / factor, e.getY() / factor));
    rebuild();
  }

  private void rebuild() {
    getChildren().clear();
    dots.clear();
    changedDots.clear();
    MapLayout layout = vm.layoutProperty().get();
    big = layout != null && layout.placements().size() > 40;
    setVisible(big && !suppressed);
    if (!big) {
      return;
    }
    // Fit both ways, so a tall map (many zones) gives a narrow minimap, not a tall one.
    factor = Math.min(WIDTH / layout.width(), MAX_HEIGHT / layout.height());
    double width = layout.width() * factor;
    double height = layout.height() * factor;
    setPrefSize(width, height);
    setMaxSize(width, height);
    setClip(new Rectangle(width, height));
    canvas.setWidth(Math.ceil(width));
    canvas.setHeight(Math.ceil(height));
    bands = layout.lanes().stream().map(l -> scaled(l.bounds())).toList();
    for (PlacementViewModel p : vm.placements()) {
      Box dot = scaled(layout.placement(p.id()).orElseThrow());
      dots.put(p, dot);
      // A changed dot is repainted with the others of the next quarter second: the minimap
      // is a glance, and its shadow is blurred anew whenever its content changes.
      InvalidationListener changed =
          o -> {
            changedDots.put(p, dot);
            if (changedDots.size() == 1) {
              settle.playFromStart();
            }
          };
      p.healthProperty().addListener(changed);
      p.staleProperty().addListener(changed);
    }
    getChildren().add(canvas);
    getChildren().addAll(inks.nodes());
    getChildren().add(frame);
    applyCss();
    paintAll();
  }

  /// Presentation mode hides the minimap; leaving it shows the minimap again only for a big
  /// map. A small map's empty minimap is a plain pane that fills the map view and covered the
  /// whole map with its background after presentation mode.
  void suppress(boolean on) {
    suppressed = on;
    setVisible(big && !suppressed);
  }

  private void paintAll() {
    var gc = canvas.getGraphicsContext2D();
    gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    for (Box b : bands) {
      gc.setFill(inks.color(Ink.LANE));
      gc.fillRect(b.x(), b.y(), b.width(), b.height());
      gc.setStroke(inks.color(Ink.LANE_BORDER));
      gc.setLineWidth(1);
      gc.strokeRect(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1);
    }
    dots.forEach(this::dot);
  }

  private void dot(PlacementViewModel p, Box b) {
    Ink ink =
        p.staleProperty().get()
            ? Ink.UNKNOWN
            : switch (p.healthProperty().get()) {
              case HEALTHY -> Ink.OK;
              case DEGRADED -> Ink.WARN;
              case DOWN -> Ink.BAD;
              case UNKNOWN -> Ink.UNKNOWN;
            };
    var gc = canvas.getGraphicsContext2D();
    gc.setFill(inks.color(ink));
    gc.fillRect(b.x(), b.y(), b.width(), b.height());
  }

  private Box scaled(Box b) {
    return new Box(
        b.x() * factor,
        b.y() * factor,
        Math.max(1.5, b.width() * factor),
        Math.max(1.5, b.height() * factor));
  }
}
