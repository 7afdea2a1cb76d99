package dev.weft.ui.action;

import dev.weft.ui.Messages;
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
    Runnable sync =
        () -> {
          buttons.getChildren().clear();
          for (Suggestion s : actions.suggestions()) {
            Button b = new Button(s.text());
            b.setId("suggest-" + s.request().describe().replaceAll("[^A-Za-z0-9-]+", "-"));
            b.getStyleClass().add("suggestion");
            b.setTooltip(new Tooltip(s.why()));
            b.setFocusTraversable(false);
            b.setOnAction(e -> actions.open(s.request()));
            buttons.getChildren().add(b);
          }
          setVisible(!actions.suggestions().isEmpty());
          setManaged(isVisible());
        };
    actions.suggestions().addListener((ListChangeListener<Suggestion>) c -> sync.run());
    sync.run();
  }
}
