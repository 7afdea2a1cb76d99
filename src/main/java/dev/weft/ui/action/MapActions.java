package dev.weft.ui.action;

import dev.weft.action.DropVerdict;
import dev.weft.action.FailbackScope;
import dev.weft.ui.Messages;
import dev.weft.ui.map.MapView;
import dev.weft.ui.map.MapViewModel;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/// Fail over and fail back on the map: drag and drop ([MapDragController]), the keyboard twins
/// on the selected placement (`D` drain its zone, `R` reroute it ▸ zone, `B` fail back), the
/// lanes' context menu, drains in force ([InForceOverlay]) and the suggestions. Installs itself
/// beside the map's own gestures, never replacing them.
///
/// Threading: FX thread only.
public final class MapActions {
  private final MapView map;
  private final MapViewModel mapVm;
  private final ActionsViewModel actions;
  private final ActionMenus menus;
  private final MapTargets targets;
  private final Label keyHint = new Label();
  private final javafx.animation.PauseTransition keyHintTimer =
      new javafx.animation.PauseTransition(Duration.seconds(5));
  private ContextMenu open;

  public MapActions(MapView map, MapViewModel mapVm, ActionsViewModel actions, DragViewModel drag) {
    this.map = map;
    this.mapVm = mapVm;
    this.actions = actions;
    this.menus = new ActionMenus(actions);
    this.targets = new MapTargets(mapVm);
    // On the scene's root, beside the theme, so the theme's looked-up colours resolve.
    map.sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene != null
                  && !scene.getRoot().getStylesheets().contains(ActionStyles.STYLESHEET)) {
                scene.getRoot().getStylesheets().add(ActionStyles.STYLESHEET);
              }
            });
    new MapDragController(map, drag, targets);
    new InForceOverlay(map, mapVm, actions);
    SuggestionsBar suggestions = new SuggestionsBar(actions, map.presentingProperty());
    StackPane.setAlignment(suggestions, Pos.BOTTOM_LEFT);
    StackPane.setMargin(suggestions, new Insets(12));
    // Above the map's legend, which sits in the same corner: the suggestions covered it.
    javafx.scene.Node legend = map.lookup("#map-legend");
    if (legend instanceof javafx.scene.layout.Region r) {
      r.heightProperty()
          .addListener(
              (o, a, h) ->
                  StackPane.setMargin(suggestions, new Insets(12, 12, h.doubleValue() + 20, 12)));
    }
    keyHint.setId("action-key-hint");
    keyHint.getStyleClass().add("drop-hint");
    keyHint.setVisible(false);
    keyHint.setMouseTransparent(true);
    StackPane.setAlignment(keyHint, Pos.BOTTOM_CENTER);
    StackPane.setMargin(keyHint, new Insets(12));
    keyHintTimer.setOnFinished(e -> keyHint.setVisible(false));
    map.getChildren().addAll(suggestions, keyHint);
    map.keepClearOf(suggestions);
    map.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    map.canvas().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::laneMenu);
  }

  /// The placement context menu's failover entries (the map adds copy and canary around them).
  public List<MenuItem> placementItems(String placementId) {
    int at = placementId.lastIndexOf('@');
    return menus.forPlacement(placementId.substring(0, at), placementId.substring(at + 1));
  }

  private void laneMenu(ContextMenuEvent e) {
    targets
        .at(e.getPickResult().getIntersectedNode())
        .filter(hit -> hit.placement() == null)
        .ifPresent(
            hit -> {
              show(new ContextMenu(menus.forZone(hit.zone()).toArray(MenuItem[]::new)), e);
              e.consume();
            });
  }

  private void show(ContextMenu menu, ContextMenuEvent e) {
    if (open != null) {
      open.hide();
    }
    open = menu;
    menu.show(map, e.getScreenX(), e.getScreenY());
  }

  private void key(KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    String id = mapVm.selection().selectedIdProperty().get();
    if (id == null || id.isEmpty() || !id.contains("@")) {
      return;
    }
    int at = id.lastIndexOf('@');
    String app = id.substring(0, at);
    String zone = id.substring(at + 1);
    if (e.getCode() == KeyCode.D) {
      actions.gestureStarted(zone, null);
      run(actions.canDrain(zone, null), () -> actions.drain(zone, null));
      e.consume();
    } else if (e.getCode() == KeyCode.R) {
      actions.gestureStarted(zone, app);
      ContextMenu menu = new ContextMenu();
      menu.setId("reroute-menu");
      menu.getItems().addAll(menus.reroute(app, zone).getItems());
      showAt(menu, id);
      e.consume();
    } else if (e.getCode() == KeyCode.B) {
      if (actions.rerouteOf(app, zone).isPresent()) {
        actions.failBack(new FailbackScope.Placement(app, zone));
      } else if (actions.drainOf(zone).isPresent()) {
        actions.failBack(new FailbackScope.Zone(zone));
      } else {
        say(Messages.get("inforce.none"));
      }
      e.consume();
    }
  }

  private void run(DropVerdict verdict, Runnable action) {
    if (verdict.allowed()) {
      action.run();
    } else {
      say(verdict.reason());
    }
  }

  private void say(String text) {
    keyHint.setText(text);
    keyHint.setVisible(true);
    keyHintTimer.playFromStart();
  }

  /// Shows `menu` under the selected placement, or at the map's centre when it is off screen.
  private void showAt(ContextMenu menu, String placementId) {
    if (open != null) {
      open.hide();
    }
    open = menu;
    Node node = map.canvas().lookup("#" + MapTargets.nodeId(placementId));
    Bounds b = node == null ? null : node.localToScreen(node.getBoundsInLocal());
    if (b == null) {
      b = map.localToScreen(map.getBoundsInLocal());
    }
    menu.show(map, b.getMinX() + 12, b.getMaxY());
  }
}
