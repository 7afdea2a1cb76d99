package dev.weft.ui.map;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/// Briefly rings a node when its health changes: a halo in the new health colour that grows and
/// fades twice within 1.2 s. Enough for the eye to catch, gone before it distracts.
///
/// Threading: FX thread only.
final class HealthFlash {
  HealthFlash(PlacementNode node, ObservableValue<Number> changes) {
    changes.addListener((obs, old, now) -> play(node));
  }

  private static void play(PlacementNode node) {
    Region halo = new Region();
    halo.getStyleClass().add("flash");
    halo.setManaged(false);
    halo.setMouseTransparent(true);
    halo.resizeRelocate(-6, -6, node.getWidth() + 12, node.getHeight() + 12);
    node.getChildren().add(halo);
    Timeline timeline =
        new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(halo.opacityProperty(), 1.0)),
            new KeyFrame(Duration.millis(600), new KeyValue(halo.opacityProperty(), 0.0)));
    timeline.setCycleCount(2);
    timeline.setOnFinished(e -> node.getChildren().remove(halo));
    timeline.play();
  }
}
