package dev.weft.ui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/// A card's shadow or glow as an image, made once per size and look: an effect on a canvas
/// operation is blurred anew on every paint (and clipped badly by a dirty rectangle), while
/// every card of a map shares one size.
///
/// Threading: FX thread only.
final class ShadowCache {
  /// A shadow image and where its top-left corner sits relative to the card's.
  record Shadow(Image image, double dx, double dy) {}

  private record Key(double w, double h, double arc, DropShadow look) {}

  private final Map<Key, Shadow> shadows = new HashMap<>();

  Shadow of(double width, double height, double arc, DropShadow look) {
    Key key =
        new Key(
            width, height, arc,
            look); // DropShadow has identity equality: callers pass shared instances
    return shadows.computeIfAbsent(key, k -> render(k.w(), k.h(), k.arc(), k.look()));
  }

  void clear() {
    shadows.clear();
  }

  private static Shadow render(double w, double h, double arc, DropShadow look) {
    Rectangle r = new Rectangle(w, h, Color.BLACK);
    r.setArcWidth(arc);
    r.setArcHeight(arc);
    r.setEffect(look);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.TRANSPARENT);
    Bounds b = r.getBoundsInParent();
    return new Shadow(r.snapshot(params, null), b.getMinX(), b.getMinY());
  }
}
