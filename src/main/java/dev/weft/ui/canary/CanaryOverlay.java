package dev.weft.ui.canary;

import dev.weft.action.canary.ReleasePhase;
import dev.weft.ui.ReleaseView;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapLayout;
import dev.weft.ui.map.MapView;
import dev.weft.ui.map.MapViewModel;
import java.util.HashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/// The shown release on the map, over the placements (the map's own nodes are not touched):
/// the canary's placement wears a badge with its version and traffic share, each other zone of
/// `canary.order` a small "promoted" or "to go" tag. Dragging the canary badge onto the gateway
/// asks for promotion, through the same confirmation as the Promote button. Redrawn when the
/// release or the layout changes.
///
/// Threading: FX thread only.
public final class CanaryOverlay {
  private final Group badges = new Group();
  private final MapView map;
  private final MapViewModel mapVm;
  private final CanaryPanelViewModel canary;

  public CanaryOverlay(MapView map, MapViewModel mapVm, CanaryPanelViewModel canary) {
    this.map = map;
    this.mapVm = mapVm;
    this.canary = canary;
    badges.setId("canary-badges");
    badges.getStylesheets().add(CanaryStyles.STYLESHEET);
    map.canvas().getChildren().add(badges);
    mapVm.layoutProperty().addListener((o, a, b) -> draw());
    canary.releaseProperty().addListener((o, a, b) -> draw());
    canary.badgeProperty().addListener((o, a, b) -> draw());
    draw();
  }

  private void draw() {
    MapLayout layout = mapVm.layoutProperty().get();
    ReleaseView r = canary.releaseProperty().get();
    // A promoted release keeps its ticks until the next one; an aborted one leaves nothing.
    if (layout == null || r == null || r.phase() == ReleasePhase.ABORTED) {
      badges.getChildren().clear();
      return;
    }
    // The canvas rebuilds its groups on a new layout; stay on top.
    var children = map.canvas().getChildren();
    if (children.getLast() != badges) {
      children.remove(badges);
      children.add(badges);
    }
    Set<String> shown = new HashSet<>();
    for (StepRow step : StepRows.of(r)) {
      Box box = layout.placement(r.app() + "@" + step.zone()).orElse(null);
      if (box == null) {
        continue;
      }
      // Updated in place: a label replaced twice a second could not be dragged.
      String id = "canary-badge-" + step.zone();
      shown.add(id);
      Label badge = (Label) badges.lookup("#" + id);
      if (badge == null) {
        badge = new Label();
        badge.setId(id);
        draggable(badge);
        badges.getChildren().add(badge);
      }
      boolean canaryHere = step.status().equals("canary");
      badge.setText(canaryHere ? canary.badgeProperty().get() : tag(step.status(), r.image()));
      badge
          .getStyleClass()
          .setAll("label", "canary-badge", "canary-badge-" + step.status().replace(' ', '-'));
      badge.setTooltip(canaryHere ? new Tooltip("drag onto the gateway to promote") : null);
      badge.relocate(box.x() + 4, box.y() - 14);
    }
    badges.getChildren().removeIf(n -> !shown.contains(n.getId()));
  }

  private static String tag(String status, String image) {
    String version = image.substring(image.lastIndexOf(':') + 1);
    return switch (status) {
      case "promoted" -> "\u2713 " + version;
      case "promoting" -> "\u21bb " + version;
      default -> status;
    };
  }

  private void draggable(Label badge) {
    Point2D[] start = new Point2D[1];
    badge.setOnMousePressed(
        e -> {
          if (!badge.getStyleClass().contains("canary-badge-canary")) {
            return;
          }
          start[0] = new Point2D(e.getSceneX(), e.getSceneY());
          e.consume();
        });
    badge.setOnMouseDragged(
        e -> {
          if (start[0] == null) {
            return;
          }
          double scale = badges.localToScene(1, 0).getX() - badges.localToScene(0, 0).getX();
          badge.setTranslateX((e.getSceneX() - start[0].getX()) / scale);
          badge.setTranslateY((e.getSceneY() - start[0].getY()) / scale);
          e.consume();
        });
    badge.setOnMouseReleased(
        e -> {
          MapLayout layout = mapVm.layoutProperty().get();
          if (start[0] == null || layout == null) {
            return;
          }
          start[0] = null;
          Box gateway = layout.gateway();
          badge.setTranslateX(0);
          badge.setTranslateY(0);
          Point2D at = badges.sceneToLocal(e.getSceneX(), e.getSceneY());
          if (at.getX() >= gateway.x()
              && at.getX() <= gateway.maxX()
              && at.getY() >= gateway.y()
              && at.getY() <= gateway.maxY()) {
            canary.promote();
          }
          e.consume();
        });
  }
}
