package dev.weft.ui.overview;

import dev.weft.ui.Messages;
import dev.weft.ui.map.NavigationDirection;
import dev.weft.ui.map.PlacementActions;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/// The overview matrix: a caption with the fabric's health in numbers, the legend, and the
/// cells. Forwards gestures to the [MatrixViewModel]: click selects (the inspector opens), double
/// click or Enter shows the placement on the map, arrows move as on the map, Home/End go along
/// the row, Page Up/Down by a screenful; the context menu is the map's.
///
/// Threading: FX thread only.
public final class MatrixView extends BorderPane {
  private final MatrixViewModel vm;
  private final MatrixSurface surface;
  private final Tooltip tooltip = new Tooltip();
  private int hovered = -1;

  public MatrixView(MatrixViewModel vm, PlacementActions actions) {
    this.vm = vm;
    this.surface = new MatrixSurface(vm);
    setId("matrix");
    getStyleClass().add("matrix-view");
    Label caption = new Label();
    caption.setId("matrix-caption");
    caption.getStyleClass().add("matrix-caption");
    caption.textProperty().bind(vm.captionProperty());
    Label hint = new Label(Messages.get("matrix.hint"));
    hint.getStyleClass().add("legend-item");
    hint.setWrapText(true);
    VBox header = new VBox(4, caption, new MatrixLegend(), hint);
    header.getStyleClass().add("matrix-header");
    setTop(header);
    setCenter(surface);
    setFocusTraversable(true);
    accessibleTextProperty().bind(vm.selectedSummaryProperty());
    setAccessibleHelp(Messages.get("matrix.hint"));
    tooltip.setShowDelay(Duration.millis(250));
    surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
    surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
    surface.setOnMouseClicked(
        e -> {
          requestFocus();
          int i = cellAt(e.getX(), e.getY());
          if (e.getButton() != MouseButton.PRIMARY || i < 0) {
            return;
          }
          vm.select(i / vm.columns(), i % vm.columns());
          if (e.getClickCount() == 2) {
            vm.showOnMap();
          }
        });
    surface.setOnContextMenuRequested(
        e -> {
          int i = cellAt(e.getX(), e.getY());
          if (i >= 0) {
            vm.select(i / vm.columns(), i % vm.columns());
            menu(vm.cell(i).id(), actions).show(this, e.getScreenX(), e.getScreenY());
          }
        });
    addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    // The cell under the mouse may change while the tooltip shows: its words follow.
    vm.changeProperty()
        .addListener(
            (o, a, b) -> {
              if (hovered >= 0 && hovered < vm.rows() * vm.columns()) {
                tooltip.setText(vm.cell(hovered).summary());
              }
            });
  }

  private void key(KeyEvent e) {
    switch (e.getCode()) {
      case LEFT -> vm.move(NavigationDirection.LEFT);
      case RIGHT -> vm.move(NavigationDirection.RIGHT);
      case UP -> vm.move(NavigationDirection.UP);
      case DOWN -> vm.move(NavigationDirection.DOWN);
      case HOME -> vm.moveToRowEdge(false);
      case END -> vm.moveToRowEdge(true);
      case PAGE_UP -> vm.moveRows(-surface.geometry().visibleRows());
      case PAGE_DOWN -> vm.moveRows(surface.geometry().visibleRows());
      case ENTER -> vm.showOnMap();
      default -> {
        return;
      }
    }
    e.consume();
  }

  private ContextMenu menu(String id, PlacementActions actions) {
    MenuItem show = new MenuItem(Messages.get("matrix.showOnMap"));
    show.setOnAction(e -> vm.showOnMap());
    MenuItem copy = new MenuItem(Messages.get("inspector.copy"));
    copy.setOnAction(e -> actions.copyKubectl(id));
    ContextMenu menu = new ContextMenu(show, new SeparatorMenuItem(), copy);
    menu.getItems().addAll(actions.failoverItems(id));
    return menu;
  }

  /// The tooltip names the cell under the mouse: zone, app, health and why.
  private void hover(double x, double y) {
    int i = x < 0 ? -1 : cellAt(x, y);
    if (i == hovered) {
      return;
    }
    hovered = i;
    if (i < 0) {
      Tooltip.uninstall(surface, tooltip);
      tooltip.hide();
    } else {
      tooltip.setText(vm.cell(i).summary());
      Tooltip.install(surface, tooltip);
    }
  }

  private int cellAt(double x, double y) {
    MatrixGeometry g = surface.geometry();
    int row = g.rowAt(y);
    int col = g.columnAt(x);
    return row < 0 || col < 0 || x > g.width() || y > g.height() ? -1 : vm.index(row, col);
  }

  /// The middle of cell `index` on screen (tests click there).
  javafx.geometry.Point2D cellOnScreen(int index) {
    MatrixGeometry g = surface.geometry();
    int row = index / vm.columns();
    int col = index % vm.columns();
    return surface.localToScreen(
        g.cellX(col) + g.cellWidth() / 2, g.cellY(row) + MatrixGeometry.ROW / 2);
  }

  /// As wide as the cells get: wider, they only stretch. For exports.
  double naturalWidth() {
    return Math.max(surface.naturalWidth(), getTop().prefWidth(-1));
  }

  /// Cells drawn since the view was made (a full draw counts every visible cell).
  public long cellsDrawn() {
    return surface.cellsDrawn();
  }
}
