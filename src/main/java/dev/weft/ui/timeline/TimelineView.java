package dev.weft.ui.timeline;

import dev.weft.ui.Messages;
import dev.weft.ui.theme.States;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The event timeline under the map: newest first, filters for zone and app; clicking or pressing
/// Enter on an entry selects its node. Binds only.
///
/// Threading: FX thread only.
public final class TimelineView extends VBox {
  /// A row's height in the list (one line of text and its padding).
  static final double ROW = 24;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  public TimelineView(TimelineViewModel vm) {
    setId("timeline");
    getStyleClass().add("timeline");
    ComboBox<String> zone = filter(vm.zones(), Messages.get("timeline.allZones"));
    zone.setId("timeline-zone");
    zone.valueProperty().addListener((o, a, b) -> vm.zoneFilterProperty().set(blank(b, zone)));
    ComboBox<String> app = filter(vm.apps(), Messages.get("timeline.allApps"));
    app.setId("timeline-app");
    app.valueProperty().addListener((o, a, b) -> vm.appFilterProperty().set(blank(b, app)));
    Label title = new Label(Messages.get("timeline.title"));
    title.getStyleClass().add("panel-title");
    ListView<TimelineEntry> list = new ListView<>(vm.visibleEntries());
    list.setId("timeline-list");
    list.setCellFactory(l -> new EntryCell());
    list.setOnMouseClicked(e -> vm.choose(list.getSelectionModel().getSelectedItem()));
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            vm.choose(list.getSelectionModel().getSelectedItem());
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    // Three rows at least: the split above could squeeze the list to a sliver that showed no
    // row (10 zones' chips in a 900 px window). Ctrl+T hides the panel for a user who wants room.
    list.setMinHeight(3 * ROW);
    HBox bar = new HBox(8, title, zone, app);
    bar.getStyleClass().add("timeline-bar");
    getChildren().addAll(bar, list);
  }

  private static ComboBox<String> filter(ObservableList<String> source, String all) {
    ObservableList<String> items = FXCollections.observableArrayList();
    Runnable sync =
        () -> {
          items.setAll(all);
          items.addAll(source);
        };
    source.addListener((ListChangeListener<String>) c -> sync.run());
    sync.run();
    ComboBox<String> box = new ComboBox<>(items);
    box.getSelectionModel().selectFirst();
    return box;
  }

  private static String blank(String value, ComboBox<String> box) {
    return value == null || value.equals(box.getItems().getFirst()) ? "" : value;
  }

  /// One entry: time, a health glyph or warning sign, and the text.
  private static final class EntryCell extends ListCell<TimelineEntry> {
    @Override
    protected void updateItem(TimelineEntry item, boolean empty) {
      super.updateItem(item, empty);
      for (var h : dev.weft.state.Health.values()) {
        States.set(
            this, h.name().toLowerCase(java.util.Locale.ROOT), item != null && item.health() == h);
      }
      States.set(this, "warning", item != null && item.kind() == TimelineEntry.Kind.WARNING);
      if (empty || item == null) {
        setText(null);
        return;
      }
      String mark =
          switch (item.kind()) {
            case WARNING -> "\u26a0";
            case ACTION -> "\u2691";
            case CONNECTION -> "\u21c4 " + dev.weft.ui.map.MapLegend.glyphFor(item.health());
            case TRANSITION -> dev.weft.ui.map.MapLegend.glyphFor(item.health());
          };
      setText(TIME.format(item.at()) + "  " + mark + "  " + item.text());
    }
  }
}
