package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.theme.States;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/// Briefly rings a placement when its health changes: a halo in the new health colour that
/// grows and fades twice within 1.2 s, over its painted card. Enough for the eye to catch, gone
/// before it distracts.
///
/// Threading: FX thread only.
final class HealthFlash {
  HealthFlash(Group halos, PlacementViewModel vm, Box box) {
    vm.healthChangesProperty().addListener((obs, old, now) -> play(halos, vm, box));
  }

  private static void play(Group halos, PlacementViewModel vm, Box box) {
    Region halo = new Region();
    halo.getStyleClass().add("flash");
    States.bindHealth(halo, new SimpleObjectProperty<>(vm.healthProperty().get()));
    halo.setManaged(false);
    halo.setMouseTransparent(true);
    halo.resizeRelocate(box.x() - 6, box.y() - 6, box.width() + 12, box.height() + 12);
    halos.getChildren().add(halo);
    Timeline timeline =
        new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(halo.opacityProperty(), 1.0)),
            new KeyFrame(Duration.millis(600), new KeyValue(halo.opacityProperty(), 0.0)));
    timeline.setCycleCount(2);
    timeline.setOnFinished(e -> halos.getChildren().remove(halo));
    timeline.play();
  }
}
