package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.theme.States;
import javafx.beans.InvalidationListener;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/// An overview of large maps: one dot per placement in its health colour, lanes as bands and the
/// visible part as a frame. Clicking centres the map there. Shown only when the map is big.
///
/// Threading: FX thread only.
final class Minimap extends Pane {
  private static final double WIDTH = 200;
  private static final double MAX_HEIGHT = 220;
  private final MapViewModel vm;
  private final Rectangle frame = new Rectangle();
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
    for (var lane : layout.lanes()) {
      Rectangle band = rect(lane.bounds());
      band.getStyleClass().add("minimap-lane");
      getChildren().add(band);
    }
    for (PlacementViewModel p : vm.placements()) {
      Box b = layout.placement(p.id()).orElseThrow();
      Rectangle dot = rect(b);
      dot.getStyleClass().add("minimap-node");
      States.bindHealth(dot, p.healthProperty());
      States.bind(dot, "stale", p.staleProperty());
      getChildren().add(dot);
    }
    getChildren().add(frame);
  }

  /// Presentation mode hides the minimap; leaving it shows the minimap again only for a big
  /// map. A small map's empty minimap is a plain pane that fills the map view and covered the
  /// whole map with its background after presentation mode.
  void suppress(boolean on) {
    suppressed = on;
    setVisible(big && !suppressed);
  }

  private Rectangle rect(Box b) {
    return new Rectangle(
        b.x() * factor,
        b.y() * factor,
        Math.max(1.5, b.width() * factor),
        Math.max(1.5, b.height() * factor));
  }
}
