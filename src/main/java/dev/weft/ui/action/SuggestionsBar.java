package dev.weft.ui.action;

import dev.weft.ui.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/// Weft's suggestions over the map ("Drain bj-1…", "Reroute app2@gz-1…"): each opens the same
/// preview as the gesture; nothing happens without the user. Hidden when there are none.
///
/// Threading: FX thread only.
final class SuggestionsBar extends VBox {
  SuggestionsBar(ActionsViewModel actions) {
    super(4);
    setId("suggestions");
    getStyleClass().add("suggestions");
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    Label title = new Label(Messages.get("suggest.title"));
    title.getStyleClass().add("suggestions-title");
    FlowPane buttons = new FlowPane(6, 4);
    buttons.setPrefWrapLength(380);
    getChildren().addAll(title, buttons);
    // Buttons are kept and updated in place: the "stale for N s" wording changes every second,
    // and new controls would be styled from scratch each time.
    Runnable sync =
        () -> {
          List<Suggestion> now = actions.suggestions();
          while (buttons.getChildren().size() > now.size()) {
            buttons.getChildren().removeLast();
          }
          while (buttons.getChildren().size() < now.size()) {
            Button b = new Button();
            b.getStyleClass().add("suggestion");
            b.setTooltip(new Tooltip());
            b.setFocusTraversable(false);
            b.disableProperty().bind(actions.canActProperty().not());
            buttons.getChildren().add(b);
          }
          for (int i = 0; i < now.size(); i++) {
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
          setVisible(!now.isEmpty());
          setManaged(isVisible());
        };
    actions.suggestions().addListener((ListChangeListener<Suggestion>) c -> sync.run());
    sync.run();
  }
}
