package dev.weft.ui.action;

import dev.weft.action.FailbackScope;
import dev.weft.action.InForce;
import dev.weft.ui.Messages;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapLayout;
import dev.weft.ui.map.MapView;
import dev.weft.ui.map.MapViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/// Drains in force drawn on the map: the lane hatched under its placements, and a label
/// "drained by alice 14:02" with a Fail back button. (The gateway edge at 0 % and the rerouted
/// edges are the map's own.) Redrawn when the list in force or the layout changes.
///
/// Threading: FX thread only.
final class InForceOverlay {
  private final Group hatches = new Group();
  private final Group labels = new Group();
  private final MapView map;
  private final MapViewModel mapVm;
  private final ActionsViewModel actions;

  InForceOverlay(MapView map, MapViewModel mapVm, ActionsViewModel actions) {
    this.map = map;
    this.mapVm = mapVm;
    this.actions = actions;
    hatches.setMouseTransparent(true);
    hatches.setId("inforce-hatches");
    labels.setId("inforce-labels");
    // Hatches above the lanes and under everything else; labels on top.
    map.canvas().getChildren().add(Math.min(1, map.canvas().getChildren().size()), hatches);
    map.canvas().getChildren().add(labels);
    actions.inForce().addListener((ListChangeListener<InForce>) c -> draw());
    mapVm.layoutProperty().addListener((o, a, b) -> draw());
    draw();
  }

  private void draw() {
    hatches.getChildren().clear();
    labels.getChildren().clear();
    MapLayout layout = mapVm.layoutProperty().get();
    if (layout == null) {
      return;
    }
    // The canvas rebuilds its groups on a new layout; keep ours in their places.
    var children = map.canvas().getChildren();
    if (children.indexOf(hatches) != 1 && children.size() > 1) {
      children.remove(hatches);
      children.add(1, hatches);
    }
    if (children.getLast() != labels) {
      children.remove(labels);
      children.add(labels);
    }
    for (InForce f : actions.inForce()) {
      if (f.app() != null) {
        continue;
      }
      Lane lane = layout.lane(f.zone()).orElse(null);
      if (lane == null || labels.lookup("#drained-" + f.zone()) != null) {
        continue;
      }
      Rectangle hatch =
          new Rectangle(
              lane.bounds().x(), lane.bounds().y(), lane.bounds().width(), lane.bounds().height());
      hatch.getStyleClass().add("drained-hatch");
      hatch.setArcWidth(14);
      hatch.setArcHeight(14);
      hatches.getChildren().add(hatch);
      Label text = new Label("\u2298 " + actions.label(f));
      text.setId("drained-label-" + f.zone());
      text.getStyleClass().add("drained-label");
      Button back = new Button(Messages.get("inforce.failBack"));
      back.setId("failback-" + f.zone());
      back.getStyleClass().add("drained-failback");
      back.setFocusTraversable(false);
      back.setOnAction(e -> actions.failBack(new FailbackScope.Zone(f.zone())));
      HBox box = new HBox(8, text, back);
      box.setId("drained-" + f.zone());
      box.getStyleClass().add("drained-box");
      box.setAlignment(Pos.CENTER_LEFT);
      box.relocate(lane.bounds().x() + 10, lane.bounds().maxY() - 40);
      labels.getChildren().add(box);
    }
  }
}
