package dev.weft.ui.action;

import dev.weft.action.DropVerdict;
import dev.weft.action.FailbackScope;
import dev.weft.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/// The context-menu twins of the drags: drain a zone (to the others, or to one), reroute a
/// placement to a zone, fail back. Items the action layer refuses are disabled and say why;
/// they follow permission answers that arrive while the menu is open.
///
/// Threading: FX thread only.
final class ActionMenus {
  private final ActionsViewModel actions;

  ActionMenus(ActionsViewModel actions) {
    this.actions = actions;
  }

  /// For a placement `app@zone`: drain its zone, reroute it, fail back.
  List<MenuItem> forPlacement(String app, String zone) {
    actions.gestureStarted(zone, null);
    actions.gestureStarted(zone, app);
    List<MenuItem> items = new ArrayList<>(forZone(zone));
    items.add(1, reroute(app, zone));
    MenuItem back = new MenuItem(Messages.get("action.failBackPlacement", app + "@" + zone));
    back.setId("menu-failback-" + app + "-" + zone);
    back.setDisable(actions.rerouteOf(app, zone).isEmpty() || !actions.canActProperty().get());
    back.setOnAction(e -> actions.failBack(new FailbackScope.Placement(app, zone)));
    items.add(back);
    return items;
  }

  /// For a zone: drain it (to the others in proportion, or to one), fail it back.
  List<MenuItem> forZone(String zone) {
    actions.gestureStarted(zone, null);
    MenuItem drain =
        item(
            "menu-drain-" + zone,
            Messages.get("action.drain", zone),
            () -> actions.canDrain(zone, null),
            () -> actions.drain(zone, null));
    Menu to = new Menu(Messages.get("action.drainTo", zone));
    to.setId("menu-drain-to-" + zone);
    for (String target : actions.zones()) {
      if (!target.equals(zone)) {
        to.getItems()
            .add(
                item(
                    "menu-drain-" + zone + "-to-" + target,
                    target,
                    () -> actions.canDrain(zone, target),
                    () -> actions.drain(zone, target)));
      }
    }
    MenuItem back = new MenuItem(Messages.get("action.failBackZone", zone));
    back.setId("menu-failback-" + zone);
    back.setDisable(actions.drainOf(zone).isEmpty() || !actions.canActProperty().get());
    back.setOnAction(e -> actions.failBack(new FailbackScope.Zone(zone)));
    return new ArrayList<>(List.of(drain, to, back));
  }

  /// "Reroute app@zone to ▸" with one item per other zone.
  Menu reroute(String app, String zone) {
    Menu menu = new Menu(Messages.get("action.reroute", app + "@" + zone));
    menu.setId("menu-reroute-" + app + "-" + zone);
    for (String target : actions.zones()) {
      if (!target.equals(zone)) {
        menu.getItems()
            .add(
                item(
                    "menu-reroute-" + app + "-" + zone + "-to-" + target,
                    target,
                    () -> actions.canReroute(app, zone, target),
                    () -> actions.reroute(app, zone, target)));
      }
    }
    return menu;
  }

  /// An item that is disabled, with the reason in its text, while the verdict refuses.
  private MenuItem item(String id, String text, Supplier<DropVerdict> verdict, Runnable run) {
    MenuItem item = new MenuItem();
    item.setId(id);
    item.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  DropVerdict v = verdict.get();
                  return v.allowed() ? text : text + " \u2014 " + v.reason();
                },
                actions.permissionAnswersProperty()));
    item.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !verdict.get().allowed(), actions.permissionAnswersProperty()));
    item.setOnAction(e -> run.run());
    return item;
  }
}
