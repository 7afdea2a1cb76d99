package dev.weft.ui.action;

import dev.weft.ui.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/// The journal: a filter field, the entries newest first, "Copy as text". Binds only.
///
/// Threading: FX thread only.
public final class JournalView extends BorderPane {
  public JournalView(JournalViewModel vm, Consumer<String> copy) {
    setId("journal");
    getStyleClass().add("action-dialog");
    TextField filter = new TextField();
    filter.setId("journal-filter");
    filter.setPromptText(Messages.get("journal.filter"));
    filter.textProperty().bindBidirectional(vm.filterProperty());
    HBox.setHgrow(filter, Priority.ALWAYS);
    Button copyButton = new Button(Messages.get("journal.copy"));
    copyButton.setId("journal-copy");
    copyButton.setOnAction(e -> copy.accept(vm.text()));
    Button refresh = new Button(Messages.get("journal.refresh"));
    refresh.setOnAction(e -> vm.load());
    setTop(new HBox(8, filter, refresh, copyButton));
    ListView<String> list = new ListView<>(vm.lines());
    list.setId("journal-lines");
    list.getStyleClass().add("journal-lines");
    setCenter(list);
    Label status = new Label();
    status.textProperty().bind(vm.statusProperty());
    setBottom(status);
  }
}
