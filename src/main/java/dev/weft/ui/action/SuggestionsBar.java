package dev.weft.ui.action;

import dev.weft.ui.Messages;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/// Weft's suggestions over the map ("Drain bj-1…", "Reroute app2@gz-1…"): each opens the same
/// preview as the gesture; nothing happens without the user. Hidden when there are none. The
/// first few show (drains come first); the rest wait behind "N more…", because in a storm of
/// failures a list of forty buttons covered half the map it was about. The list changes at most
/// once a [#STEADY] and holds still under the pointer: in a storm it changed every frame, so a
/// button moved away as the user reached for it (and the bar was drawn again every frame).
/// Hidden in presentation mode: stakeholders are shown how the system stands, not buttons that
/// change it.
///
/// Threading: FX thread only.
final class SuggestionsBar extends VBox {
  /// Suggestions shown before "N more…".
  static final int FEW = 4;
  static final Duration STEADY = Duration.seconds(1);
  private static final double WRAP = 380;
  private final ActionsViewModel actions;
  private final ObservableBooleanValue presenting;
  /// As wide as its buttons, up to [#WRAP]: a flow pane is as wide as its wrap length, and one
  /// "Drain hz-1…" made a bar 400 px wide over the map's corner.
  private final FlowPane buttons =
      new FlowPane(6, 4) {
        @Override
        protected double computePrefWidth(double height) {
          double w = 0;
          for (javafx.scene.Node n : getManagedChildren()) {
            w += n.prefWidth(-1) + getHgap();
          }
          double content = Math.max(0, w - getHgap()) + snappedLeftInset() + snappedRightInset();
          return Math.min(WRAP, content);
        }
      };
  private final Hyperlink more = new Hyperlink();
  private final PauseTransition steady = new PauseTransition(STEADY);
  private boolean all;
  private boolean behind;

  SuggestionsBar(ActionsViewModel actions, ObservableBooleanValue presenting) {
    super(4);
    this.actions = actions;
    this.presenting = presenting;
    setId("suggestions");
    getStyleClass().add("suggestions");
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    // Over a map repainted every busy frame: its shadow and buttons are shown from a bitmap,
    // drawn again only when a suggestion changes.
    setCache(true);
    Label title = new Label(Messages.get("suggest.title"));
    title.getStyleClass().add("suggestions-title");
    buttons.setPrefWrapLength(WRAP);
    more.setId("suggestions-more");
    more.getStyleClass().add("suggestions-more");
    more.setFocusTraversable(false);
    more.setOnAction(
        e -> {
          all = !all;
          sync();
        });
    getChildren().addAll(title, buttons, more);
    actions.suggestions().addListener((ListChangeListener<Suggestion>) c -> changed());
    steady.setOnFinished(e -> catchUp());
    hoverProperty().addListener((o, was, now) -> catchUp());
    presenting.addListener((o, was, now) -> sync());
    sync();
  }

  /// A change after a quiet second shows at once; later ones wait for the second to end, and for
  /// the pointer to leave the bar.
  private void changed() {
    behind = true;
    catchUp();
  }

  private void catchUp() {
    if (!behind || isHover() || steady.getStatus() == Animation.Status.RUNNING) {
      return;
    }
    behind = false;
    sync();
    steady.playFromStart();
  }

  /// Buttons are kept and updated in place: the "stale for N s" wording changes every second,
  /// and new controls would be styled from scratch each time.
  private void sync() {
    List<Suggestion> now = actions.suggestions();
    int shown = all ? now.size() : Math.min(FEW, now.size());
    while (buttons.getChildren().size() > shown) {
      buttons.getChildren().removeLast();
    }
    while (buttons.getChildren().size() < shown) {
      Button b = new Button();
      b.getStyleClass().add("suggestion");
      b.setTooltip(new Tooltip());
      b.setFocusTraversable(false);
      b.disableProperty().bind(actions.canActProperty().not());
      buttons.getChildren().add(b);
    }
    for (int i = 0; i < shown; i++) {
      Suggestion s = now.get(i);
      Button b = (Button) buttons.getChildren().get(i);
      // In a storm the list changes every frame, mostly past its first few buttons.
      if (s.equals(b.getUserData())) {
        continue;
      }
      b.setUserData(s);
      b.setText(s.text());
      b.setId("suggest-" + s.request().describe().replaceAll("[^A-Za-z0-9-]+", "-"));
      b.getTooltip().setText(s.why());
      b.setOnAction(e -> actions.open(s.request()));
    }
    int hidden = now.size() - FEW;
    more.setVisible(hidden > 0);
    more.setManaged(hidden > 0);
    if (hidden > 0) {
      String text = all ? Messages.get("suggest.fewer") : Messages.get("suggest.more", hidden);
      if (!text.equals(more.getText())) {
        more.setText(text);
      }
    }
    setVisible(!now.isEmpty() && !presenting.get());
    setManaged(isVisible());
  }
}
