package dev.weft.ui.action;

import dev.weft.ui.Messages;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/// Shows an action's result as a desktop notification, with "Undo (fail back)" when there is
/// something to undo: the undo opens the failback's preview, like every other gesture.
///
/// Threading: FX thread only.
public final class ActionNotifier {
  private ActionNotifier() {}

  public static void show(Window owner, ActionsViewModel actions, ActionNotice notice) {
    if (owner == null || !owner.isShowing()) {
      return;
    }
    Notifications n =
        Notifications.create()
            .owner(owner)
            .title(notice.title())
            .text(notice.text())
            .hideAfter(Duration.seconds(notice.undo() == null ? 8 : 20))
            // Top right, over the side panel's head: at ControlsFX's default, bottom right, it
            // covered the status bar's "1 in force" badge that the action had just changed.
            .position(javafx.geometry.Pos.TOP_RIGHT);
    if (notice.undo() != null) {
      n.action(new Action(Messages.get("action.undo"), e -> actions.failBack(notice.undo())));
    }
    if (notice.ok()) {
      n.showInformation();
    } else {
      n.showError();
    }
  }
}
