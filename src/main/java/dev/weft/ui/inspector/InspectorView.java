package dev.weft.ui.inspector;

import dev.weft.state.ConditionSnapshot;
import dev.weft.state.WarningEvent;
import dev.weft.ui.Messages;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The side panel: title, pods table (sortable by any column, filterable), conditions, recent
/// warnings, "copy kubectl command" and the log tail. Binds only.
///
/// Threading: FX thread only.
public final class InspectorView extends VBox {
  /// @param copy puts text on the clipboard (the shell owns the clipboard)
  public InspectorView(InspectorViewModel vm, Consumer<String> copy) {
    setId("inspector");
    getStyleClass().add("inspector");
    Label title = new Label();
    title.setId("inspector-title");
    title.getStyleClass().add("inspector-title");
    title.textProperty().bind(vm.titleProperty());
    // A narrow panel read "Select a pl…": wrapped, the words stay whole.
    title.setWrapText(true);
    title.setMinHeight(Label.USE_PREF_SIZE);
    Label subtitle = new Label();
    subtitle.setId("inspector-subtitle");
    subtitle.getStyleClass().add("inspector-subtitle");
    subtitle.textProperty().bind(vm.subtitleProperty());
    subtitle.setWrapText(true);

    TextField filter = new TextField();
    filter.setId("inspector-pod-filter");
    filter.setPromptText(Messages.get("inspector.filter"));
    filter.textProperty().bindBidirectional(vm.podFilterProperty());
    TableView<PodRow> table = podsTable(vm);
    VBox podsBox = new VBox(6, filter, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    TitledPane pods = section("inspector.pods", podsBox);
    VBox.setVgrow(pods, Priority.ALWAYS);

    ListView<ConditionSnapshot> conditions = new ListView<>(vm.conditions());
    conditions.setId("inspector-conditions");
    conditions.setPrefHeight(80);
    conditions.setCellFactory(
        text(c -> c.type() + " = " + c.status() + " \u00b7 " + c.reason() + ": " + c.message()));
    ListView<WarningEvent> warnings = new ListView<>(vm.warnings());
    warnings.setId("inspector-warnings");
    warnings.setPrefHeight(90);
    warnings.setCellFactory(text(w -> w.reason() + " \u00d7" + w.count() + ": " + w.message()));

    Button copyButton = new Button(Messages.get("inspector.copy"));
    copyButton.setId("inspector-copy");
    copyButton.disableProperty().bind(vm.kubectlProperty().isEmpty());
    copyButton.setOnAction(e -> copy.accept(vm.kubectlProperty().get()));
    Label command = new Label();
    command.setId("inspector-kubectl");
    command.getStyleClass().add("kubectl");
    command.textProperty().bind(vm.kubectlProperty());
    command.setWrapText(true);

    getChildren()
        .addAll(
            title,
            subtitle,
            pods,
            section("inspector.conditions", conditions),
            section("inspector.warnings", warnings),
            new VBox(4, command, copyButton),
            section("inspector.log", new LogTailView(vm.log())));
    disableProperty().bind(vm.emptyProperty().and(vm.titleProperty().isEmpty()));
  }

  private static TableView<PodRow> podsTable(InspectorViewModel vm) {
    SortedList<PodRow> sorted = new SortedList<>(vm.visiblePods());
    TableView<PodRow> table = new TableView<>(sorted);
    table.setId("inspector-pods");
    sorted.comparatorProperty().bind(table.comparatorProperty());
    // What `kubectl get pods` shows, in columns that fit the side panel: readiness is the mark
    // before the status (a column of its own left "CrashLoopBackOff" cut to "CrashLo…"); version,
    // node, last state and reason are in the row's tooltip, and every column in the table's menu.
    TableColumn<PodRow, String> name = column("col.name", PodRow::shortName, 62);
    // A pod's own suffix reads whole with wide letters too: 62 px cut the demo's "…hmxwm" to
    // "…hm…".
    atLeast(name, "\u2026hmxwm");
    table.getColumns().add(name);
    TableColumn<PodRow, String> status = column("col.status", PodRow::status, 190);
    status.setId("col-status");
    status.setCellFactory(c -> rowText(r -> (r.ready() ? "\u2713 " : "\u2715 ") + r.status()));
    // The longest status a pod commonly has reads whole.
    atLeast(status, "\u2715 CrashLoopBackOff");
    table.getColumns().add(status);
    TableColumn<PodRow, Integer> restarts = column("col.restarts", PodRow::restarts, 84);
    restarts.setId("col-restarts");
    restarts.setCellFactory(c -> rowText(PodRow::restartsText));
    atLeast(restarts, "8 (101s ago)");
    table.getColumns().add(restarts);
    TableColumn<PodRow, Long> age = column("col.age", PodRow::ageSeconds, 46);
    age.setCellFactory(c -> rowText(PodRow::age));
    atLeast(age, "12m");
    // The last column's heading sits under the table's column menu button: "Age" read "Ag".
    age.setMinWidth(age.getMinWidth() + MENU_BUTTON);
    age.setPrefWidth(Math.max(age.getPrefWidth(), age.getMinWidth()));
    table.getColumns().add(age);
    for (var extra :
        java.util.List.of(
            column("col.ready", r -> r.ready() ? "\u2713" : "\u2715", 44),
            column("col.version", PodRow::version, 90),
            column("col.node", PodRow::node, 110),
            column("col.lastState", PodRow::lastState, 160),
            column("col.reason", PodRow::lastWarning, 200))) {
      extra.setVisible(false);
      table.getColumns().add(extra);
    }
    table.setTableMenuButtonVisible(true);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setRowFactory(
        t ->
            new javafx.scene.control.TableRow<>() {
              @Override
              protected void updateItem(PodRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(
                    empty || item == null
                        ? null
                        : new javafx.scene.control.Tooltip(item.details()));
              }
            });
    // Rows are replaced as pods change (their age does every second), and the table drops its
    // selection on every replacement: keep the chosen pod, and with it the log tail, by name.
    boolean[] restoring = {false};
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, row) -> {
              if (restoring[0] || (row == null && hasPod(table, vm.selectedPodProperty().get()))) {
                return;
              }
              vm.selectedPodProperty().set(row == null ? "" : row.name());
            });
    table
        .getItems()
        .addListener(
            (javafx.collections.ListChangeListener<PodRow>)
                c -> {
                  String chosen = vm.selectedPodProperty().get();
                  restoring[0] = true;
                  try {
                    table.getItems().stream()
                        .filter(r -> r.name().equals(chosen))
                        .findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
                  } finally {
                    restoring[0] = false;
                  }
                });
    table.setPrefHeight(180);
    return table;
  }

  /// A cell that shows the row's own wording of a value (the value itself sorts).
  private static <T> javafx.scene.control.TableCell<PodRow, T> rowText(
      Function<PodRow, String> text) {
    return new javafx.scene.control.TableCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        PodRow row = getTableRow() == null ? null : getTableRow().getItem();
        setText(empty || row == null ? null : text.apply(row));
      }
    };
  }

  private static boolean hasPod(TableView<PodRow> table, String name) {
    return !name.isEmpty() && table.getItems().stream().anyMatch(r -> r.name().equals(name));
  }

  private static final double HEADING_PX = 12;
  // A cell's or a heading's padding on both sides, and a pixel to spare. The sort arrow may
  // squeeze the sorted column's heading: the words of the rows come first.
  private static final double CELL_PAD = 10;
  private static final double MENU_BUTTON = 12;

  /// The column is never narrower than `text` in its cells, nor than its heading: the policy
  /// that fits the columns to the panel shrinks them all, and "Ready" was cut to "R…", the
  /// pod's suffix to "…hm…".
  private static void atLeast(TableColumn<PodRow, ?> column, String text) {
    double least =
        Math.max(
            textWidth(text, javafx.scene.text.FontWeight.NORMAL) + CELL_PAD, column.getMinWidth());
    column.setMinWidth(least);
    column.setPrefWidth(Math.max(column.getPrefWidth(), least));
  }

  /// The width of `text` at the table's 12 px (see `#inspector-pods` in the stylesheet).
  private static double textWidth(String text, javafx.scene.text.FontWeight weight) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(text);
    t.setFont(javafx.scene.text.Font.font(null, weight, HEADING_PX));
    return Math.ceil(t.getLayoutBounds().getWidth());
  }

  private static <T> TableColumn<PodRow, T> column(
      String key, Function<PodRow, T> value, double width) {
    TableColumn<PodRow, T> column = new TableColumn<>(Messages.get(key));
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    // Never narrower than its heading (see [#atLeast]).
    column.setMinWidth(textWidth(column.getText(), javafx.scene.text.FontWeight.BOLD) + CELL_PAD);
    return column;
  }

  private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> text(Function<T, String> f) {
    return list ->
        new ListCell<>() {
          @Override
          protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : f.apply(item));
          }
        };
  }

  private static TitledPane section(String key, javafx.scene.Node content) {
    TitledPane pane = new TitledPane(Messages.get(key), content);
    pane.setCollapsible(true);
    return pane;
  }
}
