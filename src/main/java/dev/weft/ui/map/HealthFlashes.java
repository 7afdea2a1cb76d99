package dev.weft.ui.map;

import dev.weft.state.Health;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.theme.States;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/// Briefly rings a placement when its health changes: a halo in the new health colour that
/// grows and fades twice within 1.2 s, over its painted card. Enough for the eye to catch, gone
/// before it distracts. A placement has one halo at most (a second change restarts it), and at
/// most [#MAX] ring at once: in a storm a hundred rings a second were noise to the eye and,
/// each an animated node, a frame's worth of work; the cards and the timeline still show every
/// change.
///
/// Threading: FX thread only.
final class HealthFlashes {
  static final int MAX = 8;
  private final Group halos;
  private final Map<String, Ring> ringing = new HashMap<>();

  private record Ring(Region halo, SimpleObjectProperty<Health> health, Timeline timeline) {}

  HealthFlashes(Group halos) {
    this.halos = halos;
  }

  /// Rings `vm`'s card, at `box`, on each of its health changes from now on.
  void watch(PlacementViewModel vm, Box box) {
    vm.healthChangesProperty().addListener((obs, old, now) -> play(vm, box));
  }

  /// Placements ringing now.
  int ringing() {
    return ringing.size();
  }

  /// A new layout: its halos go with the old nodes.
  void clear() {
    ringing.values().forEach(r -> r.timeline().stop());
    ringing.clear();
  }

  private void play(PlacementViewModel vm, Box box) {
    Ring ring = ringing.get(vm.id());
    if (ring == null) {
      if (ringing.size() >= MAX) {
        return;
      }
      ring = ring(vm.id(), box);
      ringing.put(vm.id(), ring);
      halos.getChildren().add(ring.halo());
    }
    ring.health().set(vm.healthProperty().get());
    ring.timeline().playFromStart();
  }

  private Ring ring(String id, Box box) {
    Region halo = new Region();
    halo.getStyleClass().add("flash");
    SimpleObjectProperty<Health> health = new SimpleObjectProperty<>(Health.UNKNOWN);
    States.bindHealth(halo, health);
    halo.setManaged(false);
    halo.setMouseTransparent(true);
    halo.resizeRelocate(box.x() - 6, box.y() - 6, box.width() + 12, box.height() + 12);
    Timeline timeline =
        new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(halo.opacityProperty(), 1.0)),
            new KeyFrame(Duration.millis(600), new KeyValue(halo.opacityProperty(), 0.0)));
    timeline.setCycleCount(2);
    timeline.setOnFinished(
        e -> {
          halos.getChildren().remove(halo);
          ringing.remove(id);
        });
    return new Ring(halo, health, timeline);
  }
}
