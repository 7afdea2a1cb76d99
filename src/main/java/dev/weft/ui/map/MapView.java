package dev.weft.ui.map;

import dev.weft.ui.Messages;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/// The interactive map: the [MapCanvas] under zoom and pan, a toolbar with search (Ctrl+F),
/// "only unhealthy", zoom and fit, a minimap, keyboard navigation and context menus. Forwards
/// gestures to the [MapViewModel]; holds no state of its own beyond the viewport.
///
/// Threading: FX thread only.
public final class MapView extends StackPane {
  private static final double TOOLBAR_BAND = 52;
  private static final double TOOLBAR_MARGIN = 10;
  /// The search field's least width, when the toolbar gives way to what is left of it.
  private static final double SEARCH_MIN = 110;
  private static final double LEGEND_MARGIN = 12;
  /// Between an overlay over the map's bottom and the map fitted above it.
  private static final double OVERLAY_GAP = 8;
  private final MapViewModel vm;
  private final MapCanvas canvas;
  private final Pane viewport = new Pane();
  private final Scale scale = new Scale(1, 1);
  private final Translate pan = new Translate();
  private final TextField search = new TextField();
  private double dragX;
  private double dragY;
  private final MapFit fit;
  /// Presentation mode: overlays that act (the toolbar, the suggestions) hide while it is on.
  private final javafx.beans.property.BooleanProperty presenting =
      new javafx.beans.property.SimpleBooleanProperty(this, "presenting");
  private HBox toolbar;
  private Minimap minimap;
  private MapLegend legend;
  /// How far from the map's left edge its top band is taken by something shown over it (the
  /// folded trouble notice): in a narrow window the search field gives way, down to
  /// [#SEARCH_MIN], and the toolbar starts right of it.
  private final javafx.beans.property.DoubleProperty topLeftTaken =
      new javafx.beans.property.SimpleDoubleProperty(this, "topLeftTaken");
  /// Shown over the map's bottom, above the legend (the action suggestions): a fit keeps clear.
  private final java.util.List<javafx.scene.layout.Region> bottomOverlays =
      new java.util.ArrayList<>();

  public MapView(MapViewModel vm, PlacementActions actions) {
    this.vm = vm;
    this.canvas = new MapCanvas(vm, true);
    setId("map");
    getStyleClass().add("map-view");
    Group content = new Group(canvas);
    content.getTransforms().addAll(pan, scale);
    viewport.getChildren().add(content);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(viewport.widthProperty());
    clip.heightProperty().bind(viewport.heightProperty());
    viewport.setClip(clip);
    viewport.getStyleClass().add("map-canvas");
    minimap = new Minimap(vm, viewport, scale, pan, this::centerOn);
    // Over a map repainted every busy frame, its shadow would be blurred anew each time.
    minimap.setCache(true);
    StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
    StackPane.setMargin(minimap, new Insets(12));
    toolbar = toolbar();
    toolbar.setCache(true);
    StackPane.setAlignment(toolbar, Pos.TOP_RIGHT);
    StackPane.setMargin(toolbar, new Insets(TOOLBAR_MARGIN));
    topLeftTaken.addListener(o -> requestLayout());
    // The same key as the exported PNG's, so the window's symbols are explained too.
    legend = new MapLegend();
    legend.setId("map-legend");
    legend.getStyleClass().add("map-legend-overlay");
    legend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    legend.setMouseTransparent(true);
    // Static, over a map repainted every busy frame: shown from a bitmap, its shapes drawn once.
    legend.setCache(true);
    StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
    StackPane.setMargin(legend, new Insets(LEGEND_MARGIN));
    // One row where it fits, beside the minimap; more rows where the map is narrow. The minimap
    // is as wide as the map's proportions make it: lanes side by side widen it.
    widthProperty().addListener((o, a, w) -> wrapLegend());
    minimap.prefWidthProperty().addListener((o, a, w) -> wrapLegend());
    getChildren().addAll(viewport, minimap, legend, toolbar);
    setFocusTraversable(true);
    // Keep the band under the toolbar free, so the map never starts behind it; and the band
    // over the legend: fitted behind it, the last lane's nodes were hidden.
    fit =
        new MapFit(
            vm,
            viewport,
            scale,
            pan,
            () -> presenting.get() ? 12 : TOOLBAR_BAND,
            () -> legend.isVisible() ? legend.prefHeight(-1) + 2 * LEGEND_MARGIN : 12,
            this::overlaysShown,
            presenting::get);
    wireGestures(actions);
    vm.selection().selectedIdProperty().addListener((o, a, id) -> ensureVisible(id));
    // The painted layer draws only what is in view, at the zoom: it follows every change.
    javafx.beans.InvalidationListener view =
        o ->
            canvas.viewport(
                scale.getX(), pan.getX(), pan.getY(), viewport.getWidth(), viewport.getHeight());
    for (var p :
        java.util.List.of(
            scale.xProperty(),
            pan.xProperty(),
            pan.yProperty(),
            viewport.widthProperty(),
            viewport.heightProperty())) {
      p.addListener(view);
    }
  }

  /// Keeps a fitted map clear of `overlay`, shown over the map's bottom left, above the legend
  /// (the action suggestions): while it shows, a fit moves the map past it, or fits it above
  /// (see [MapFit#fit]). In a 5 x 4 fabric it covered the last lane's header, and with it why
  /// that zone was stale.
  public void keepClearOf(javafx.scene.layout.Region overlay) {
    bottomOverlays.add(overlay);
    javafx.beans.InvalidationListener changed = o -> fit.overlaysChanged();
    overlay.visibleProperty().addListener(changed);
    overlay.boundsInParentProperty().addListener(changed);
  }

  /// The overlays shown, in the viewport's coordinates (the same as this pane's), grown by the
  /// gap a fit keeps from them.
  private java.util.List<MapGeometry.Box> overlaysShown() {
    java.util.List<MapGeometry.Box> out = new java.util.ArrayList<>();
    for (var o : bottomOverlays) {
      if (o.isVisible()) {
        Bounds b = o.getBoundsInParent();
        out.add(
            new MapGeometry.Box(
                b.getMinX() - OVERLAY_GAP,
                b.getMinY() - OVERLAY_GAP,
                b.getWidth() + 2 * OVERLAY_GAP,
                b.getHeight() + 2 * OVERLAY_GAP));
      }
    }
    return out;
  }

  private void wrapLegend() {
    legend.setPrefWrapLength(
        Math.max(160, getWidth() - 3 * LEGEND_MARGIN - minimap.prefWidth(-1) - 24));
  }

  private HBox toolbar() {
    search.setId("map-search");
    search.setPromptText(Messages.get("map.search"));
    search.textProperty().bindBidirectional(vm.searchTextProperty());
    search.setOnAction(e -> vm.selection().nextMatch());
    Label matches = new Label();
    matches.getStyleClass().add("map-matches");
    matches.textProperty().bind(vm.selection().matchCountProperty().asString());
    matches.visibleProperty().bind(vm.searchTextProperty().isNotEmpty());
    ToggleButton unhealthy = new ToggleButton(Messages.get("map.onlyUnhealthy"));
    unhealthy.setId("map-only-unhealthy");
    unhealthy.selectedProperty().bindBidirectional(vm.onlyUnhealthyProperty());
    Button zoomOut = button("\u2212", "map.zoomOut", () -> zoomBy(1 / 1.25));
    Button zoomIn = button("+", "map.zoomIn", () -> zoomBy(1.25));
    Button fit = button("\u2922", "map.fit", this::fit);
    fit.setId("map-fit");
    HBox bar = new HBox(6, search, matches, unhealthy, zoomOut, zoomIn, fit);
    // Where room is short only the search field narrows; the buttons keep their words.
    search.setMinWidth(SEARCH_MIN);
    for (var n : java.util.List.of(matches, unhealthy, zoomOut, zoomIn, fit)) {
      n.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
    }
    bar.getStyleClass().add("map-toolbar");
    bar.setId("map-toolbar");
    bar.setAlignment(Pos.CENTER_RIGHT);
    bar.setMaxHeight(HBox.USE_PREF_SIZE);
    return bar;
  }

  private static Button button(String text, String tooltipKey, Runnable action) {
    Button b = new Button(text);
    b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }

  private void wireGestures(PlacementActions actions) {
    viewport.setOnScroll(
        e -> {
          zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
          e.consume();
        });
    viewport.setOnMousePressed(
        e -> {
          dragX = e.getX() - pan.getX();
          dragY = e.getY() - pan.getY();
          requestFocus();
        });
    viewport.setOnMouseDragged(
        e -> {
          fit.moved();
          pan.setX(e.getX() - dragX);
          pan.setY(e.getY() - dragY);
        });
    viewport.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            vm.selection().select(placementAt(e.getPickResult().getIntersectedNode()));
          }
        });
    viewport.setOnContextMenuRequested(
        e -> {
          String id = placementAt(e.getPickResult().getIntersectedNode());
          if (!id.isEmpty()) {
            vm.selection().select(id);
            contextMenu(id, actions).show(this, e.getScreenX(), e.getScreenY());
          }
        });
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (KeyCombination.keyCombination("Shortcut+F").match(e)) {
            search.requestFocus();
            search.selectAll();
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE && search.isFocused()) {
            vm.searchTextProperty().set("");
            requestFocus();
            e.consume();
          }
        });
    setOnKeyPressed(
        e -> {
          NavigationDirection d =
              switch (e.getCode()) {
                case LEFT -> NavigationDirection.LEFT;
                case RIGHT -> NavigationDirection.RIGHT;
                case UP -> NavigationDirection.UP;
                case DOWN -> NavigationDirection.DOWN;
                default -> null;
              };
          if (d != null) {
            vm.selection().move(d);
            e.consume();
          } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS) {
            zoomBy(1.25);
          } else if (e.getCode() == KeyCode.MINUS) {
            zoomBy(1 / 1.25);
          } else if (e.getCode() == KeyCode.DIGIT0) {
            fit();
          }
        });
  }

  private ContextMenu contextMenu(String id, PlacementActions actions) {
    MenuItem copy = new MenuItem(Messages.get("inspector.copy"));
    copy.setOnAction(e -> actions.copyKubectl(id));
    MenuItem canary = new MenuItem(Messages.get("map.canary"));
    canary.setDisable(!actions.canCanary(id));
    canary.setOnAction(e -> actions.canary(id));
    ContextMenu menu = new ContextMenu(copy);
    menu.getItems().addAll(actions.failoverItems(id));
    menu.getItems().add(canary);
    return menu;
  }

  /// Finds the placement id of the node under the mouse, walking up from what was hit.
  private static String placementAt(javafx.scene.Node hit) {
    for (var n = hit; n != null; n = n.getParent()) {
      if (n instanceof PlacementNode p) {
        return p.viewModel().id();
      }
    }
    return "";
  }

  /// Presentation mode: no toolbar, no minimap, and the band kept free for the toolbar goes.
  public void setPresentation(boolean on) {
    presenting.set(on);
    toolbar.setVisible(!on);
    toolbar.setManaged(!on);
    minimap.suppress(on);
    fit.roomChanged();
  }

  /// See [#topLeftTaken]: ShellView sets it from where its folded notice ends.
  public javafx.beans.property.DoubleProperty topLeftTakenProperty() {
    return topLeftTaken;
  }

  @Override
  protected void layoutChildren() {
    double room = getWidth() - TOOLBAR_MARGIN - Math.max(TOOLBAR_MARGIN, topLeftTaken.get());
    toolbar.setMaxWidth(Math.max(toolbar.minWidth(-1), Math.min(toolbar.prefWidth(-1), room)));
    super.layoutChildren();
  }

  /// True in presentation mode, for overlays added over the map (the action suggestions).
  public javafx.beans.property.ReadOnlyBooleanProperty presentingProperty() {
    return presenting;
  }

  /// Shows the whole map, never enlarged beyond 1:1 (in presentation mode, as large as fits).
  public void fit() {
    fit.fit();
  }

  private void zoomBy(double factor) {
    zoomAt(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
  }

  private void zoomAt(double factor, double x, double y) {
    fit.moved();
    double next = Math.max(0.08, Math.min(3.0, scale.getX() * factor));
    double applied = next / scale.getX();
    pan.setX(x - (x - pan.getX()) * applied);
    pan.setY(y - (y - pan.getY()) * applied);
    scale.setX(next);
    scale.setY(next);
  }

  /// Pans so that map point (x, y) is in the middle of the viewport.
  void centerOn(double x, double y) {
    fit.moved();
    pan.setX(viewport.getWidth() / 2 - x * scale.getX());
    pan.setY(viewport.getHeight() / 2 - y * scale.getY());
  }

  private void ensureVisible(String id) {
    canvas
        .nodeFor(id)
        .ifPresent(
            node -> {
              Bounds b = node.getBoundsInParent();
              double left = pan.getX() + b.getMinX() * scale.getX();
              double top = pan.getY() + b.getMinY() * scale.getY();
              double right = pan.getX() + b.getMaxX() * scale.getX();
              double bottom = pan.getY() + b.getMaxY() * scale.getY();
              if (left < 0
                  || top < 0
                  || right > viewport.getWidth()
                  || bottom > viewport.getHeight()) {
                centerOn(b.getCenterX(), b.getCenterY());
              }
            });
  }

  /// Centres the map on placement `id` (unknown ids are ignored): the matrix's "show on map".
  public void reveal(String id) {
    canvas
        .nodeFor(id)
        .ifPresent(
            node -> {
              Bounds b = node.getBoundsInParent();
              centerOn(b.getCenterX(), b.getCenterY());
            });
  }

  public MapCanvas canvas() {
    return canvas;
  }

  /// Current zoom factor (1 = 1:1).
  public double zoom() {
    return scale.getX();
  }
}
