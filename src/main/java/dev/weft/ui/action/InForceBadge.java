package dev.weft.ui.action;

import dev.weft.action.FailbackScope;
import dev.weft.action.InForce;
import dev.weft.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/// The status bar's badge: how many failovers are in force; its menu offers each one's fail
/// back, and the journal. Binds only.
///
/// Threading: FX thread only.
public final class InForceBadge extends MenuButton {
  private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

  public InForceBadge(ActionsViewModel actions) {
    setId("inforce-badge");
    getStyleClass().add("inforce-badge");
    setFocusTraversable(false);
    // Never squeezed to "⇄ 0 in…" by the chips beside it: the chips wrap instead.
    setMinWidth(USE_PREF_SIZE);
    textProperty().bind(Bindings.concat("\u21c4 ", actions.inForceTextProperty()));
    // Fail back from a recorded moment makes no sense: the menu opens live only.
    disableProperty().bind(actions.canActProperty().not());
    actions
        .inForceCountProperty()
        .addListener((o, a, n) -> pseudoClassStateChanged(ACTIVE, n.intValue() > 0));
    Runnable sync =
        () -> {
          getItems().clear();
          for (InForce f : actions.inForce()) {
            String what =
                f.app() == null
                    ? f.zone() + ": " + actions.label(f)
                    : f.app() + "@" + f.zone() + ": " + actions.label(f);
            MenuItem item = new MenuItem(Messages.get("inforce.failBack") + " \u2014 " + what);
            item.setId("inforce-failback-" + f.operationId());
            item.setOnAction(e -> actions.failBack(new FailbackScope.Operation(f.operationId())));
            getItems().add(item);
          }
          if (actions.inForce().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("inforce.none"));
            none.setDisable(true);
            getItems().add(none);
          }
          getItems().add(new SeparatorMenuItem());
          MenuItem journal = new MenuItem(Messages.get("action.journal"));
          journal.setId("menu-journal");
          journal.setOnAction(e -> actions.showJournal());
          getItems().add(journal);
        };
    actions.inForce().addListener((ListChangeListener<InForce>) c -> sync.run());
    sync.run();
  }
}
