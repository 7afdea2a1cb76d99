package dev.weft.ui.shell;

import dev.weft.ui.Messages;
import dev.weft.ui.action.InForceBadge;
import dev.weft.ui.action.MapActions;
import dev.weft.ui.inspector.InspectorView;
import dev.weft.ui.map.MapView;
import dev.weft.ui.map.PlacementActions;
import dev.weft.ui.notify.ToastsView;
import dev.weft.ui.overview.MatrixView;
import dev.weft.ui.statusbar.StatusBarView;
import dev.weft.ui.timeline.TimelineView;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// The main window's layout: menu bar and error banner on top, the map (or, for a large fabric,
/// the overview matrix) in the centre with the inspector at its side, the timeline below, the
/// status bar at the bottom. Presentation mode leaves only the map or matrix. Binds only.
///
/// Threading: FX thread only.
public final class ShellView {
  /// The folded notice's distance from the map's left edge, and the gap kept right of it.
  private static final double FOLDED_LEFT = 14;
  private static final double FOLDED_GAP = 8;
  private final BorderPane root = new BorderPane();
  private final MapView map;
  private final MatrixView matrix;
  private final ShellViewModel vm;
  private final KeptSplitPane across;
  private final KeptSplitPane down;
  private final StackPane center;
  private double[] savedAcross = {0.72};
  private double[] savedDown = {0.72};
  private MapActions mapActions;
  private final SplitPanel inspectorPanel;
  private final SplitPanel timelinePanel;

  public ShellView(ShellViewModel vm, ShellMenus menus, Consumer<String> copy) {
    this.vm = vm;
    root.setId("shell");
    PlacementActions actions =
        new PlacementActions() {
          @Override
          public void copyKubectl(String id) {
            vm.map().selection().select(id);
            copy.accept(vm.inspector().kubectlProperty().get());
          }

          @Override
          public java.util.List<javafx.scene.control.MenuItem> failoverItems(String id) {
            return mapActions.placementItems(id);
          }
        };
    map = new MapView(vm.map(), actions);
    mapActions = new MapActions(map, vm.map(), vm.actions(), vm.drag());
    matrix = new MatrixView(vm.matrix(), actions);
    new dev.weft.ui.canary.CanaryOverlay(map, vm.map(), vm.canary());
    ScrollPane inspector = new ScrollPane(new InspectorView(vm.inspector(), copy));
    inspector.setFitToWidth(true);
    inspector.setMinWidth(0);
    // The canary panel of the selected app in a tab beside the inspector.
    javafx.scene.control.TabPane side =
        new javafx.scene.control.TabPane(
            new javafx.scene.control.Tab("Inspector", inspector), canaryTab(vm));
    side.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
    side.setMinWidth(0);
    across = new KeptSplitPane(overview(), side);
    across.firstDividerByDefault(ShellView::acrossByDefault);
    TimelineView timeline = new TimelineView(vm.timeline());
    VBox.setVgrow(timeline, Priority.ALWAYS);
    VBox history = new VBox(new dev.weft.ui.replay.ReplayBar(vm.replay()), timeline);
    down = new KeptSplitPane(across, history);
    down.setOrientation(Orientation.VERTICAL);
    down.setDividerPositions(0.72);
    inspectorPanel = new SplitPanel(across, side, 0.72);
    timelinePanel = new SplitPanel(down, history, 0.72);
    vm.panels().inspectorProperty().addListener((o, a, on) -> showPanel(inspectorPanel, on));
    vm.panels().timelineProperty().addListener((o, a, on) -> showPanel(timelinePanel, on));
    // Notices are about now: hidden while a recorded moment is shown.
    javafx.scene.Group toasts = new javafx.scene.Group(new ToastsView(vm.notifications()));
    toasts.visibleProperty().bind(vm.replay().activeProperty().not());
    placeToasts(toasts, vm.notifications().shown());
    // The folded notice sits in the map's top band: the toolbar starts right of it.
    map.topLeftTakenProperty()
        .bind(
            javafx.beans.binding.Bindings.createDoubleBinding(
                () ->
                    toasts.isVisible() && folded(vm.notifications().shown())
                        ? FOLDED_LEFT + toasts.getLayoutBounds().getWidth() + FOLDED_GAP
                        : 0,
                toasts.layoutBoundsProperty(),
                toasts.visibleProperty(),
                vm.notifications().shown()));
    vm.notifications()
        .shown()
        .addListener(
            (javafx.collections.ListChangeListener<dev.weft.ui.notify.Notice>)
                c -> placeToasts(toasts, vm.notifications().shown()));
    Label progress = new Label();
    progress.setId("progress");
    progress.getStyleClass().add("progress");
    progress.textProperty().bind(vm.progressProperty());
    progress.visibleProperty().bind(vm.progressProperty().isNotEmpty());
    progress.setMouseTransparent(true);
    StackPane.setAlignment(progress, Pos.CENTER);
    center = new StackPane(down, progress, toasts);
    VBox top =
        new VBox(
            menus.menuBar(),
            errorBanner(vm),
            new dev.weft.ui.replay.ReplayBanner(vm.replay(), ShellReplay.NO_ACTIONS));
    vm.replay()
        .activeProperty()
        .addListener((o, a, on) -> dev.weft.ui.theme.States.set(root, "replaying", on));
    StatusBarView chips = new StatusBarView(vm.statusBar());
    HBox.setHgrow(chips, Priority.ALWAYS);
    Label notRecording = new Label();
    notRecording.setId("recording-warning");
    notRecording.getStyleClass().add("recording-warning");
    notRecording.textProperty().bind(vm.replay().recordingWarningProperty());
    notRecording.visibleProperty().bind(vm.replay().recordingWarningProperty().isNotEmpty());
    notRecording.managedProperty().bind(notRecording.visibleProperty());
    HBox status = new HBox(8, chips, notRecording, new InForceBadge(vm.actions()));
    status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    status.getStyleClass().add("status-row");
    root.setTop(top);
    root.setCenter(center);
    root.setBottom(status);
    vm.presentationProperty().addListener((o, a, on) -> presentation(on, top, status));
    vm.matrix().showingProperty().addListener((o, a, on) -> switchOverview(on));
    // Esc leaves presentation mode as F11 does (a projector has no menu bar to reach for).
    root.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && vm.presentationProperty().get()) {
            vm.presentationProperty().set(false);
            e.consume();
          } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE
              && vm.replay().activeProperty().get()
              && vm.replay().liveAllowedProperty().get()) {
            // Esc leaves replay, unless a dialog or menu of its own took it first.
            vm.replay().backToLive();
            e.consume();
          }
        });
  }

  private static javafx.scene.control.Tab canaryTab(ShellViewModel vm) {
    ScrollPane scroll = new ScrollPane(new dev.weft.ui.canary.CanaryPanelView(vm.canary()));
    scroll.setFitToWidth(true);
    javafx.scene.control.Tab tab = new javafx.scene.control.Tab("Canary", scroll);
    tab.setId("canary-tab");
    return tab;
  }

  /// Presentation mode shows the map alone, fitted, without its toolbar; leaving it puts the
  /// panels back where they were (dividers as the user left them) and fits the map again.
  private void presentation(boolean on, Node top, Node status) {
    root.getStyleClass().remove("presentation");
    if (on) {
      savedAcross = across.keptPositions();
      savedDown = down.keptPositions();
      root.getStyleClass().add("presentation");
    }
    top.setVisible(!on);
    top.setManaged(!on);
    status.setVisible(!on);
    status.setManaged(!on);
    map.setPresentation(on);
    center.getChildren().set(0, on ? overview() : down);
    if (!on) {
      across.getItems().set(0, overview());
      // Putting the map back resets the split pane's dividers to 50 %.
      across.setDividerPositions(savedAcross);
      down.setDividerPositions(savedDown);
    }
    javafx.application.Platform.runLater(
        () -> {
          root.applyCss();
          root.layout();
          map.fit();
        });
    overview().requestFocus();
  }

  /// Hides or shows a side panel; the map is fitted again to the room it now has.
  private void showPanel(SplitPanel panel, boolean on) {
    panel.show(on);
    javafx.application.Platform.runLater(
        () -> {
          root.applyCss();
          root.layout();
          map.fit();
        });
  }

  /// The map, or the matrix of a large fabric (View → Map / Matrix Overview).
  private Node overview() {
    return vm.matrix().showingProperty().get() ? matrix : map;
  }

  /// Puts the map or the matrix where the other was; the map comes back centred on the
  /// placement selected in the matrix.
  private void switchOverview(boolean showMatrix) {
    if (root.getStyleClass().contains("presentation")) {
      center.getChildren().set(0, overview());
    } else {
      double[] dividers = across.keptPositions();
      across.getItems().set(0, overview());
      across.setDividerPositions(dividers);
    }
    if (!showMatrix) {
      javafx.application.Platform.runLater(
          () -> {
            root.applyCss();
            root.layout();
            map.reveal(vm.map().selection().selectedIdProperty().get());
          });
    }
    overview().requestFocus();
  }

  /// The dividers as the user set them; while presenting, as they were before.
  /// A hidden panel's divider is where the user left it before hiding it.
  public double[] acrossDividers() {
    double[] d =
        root.getStyleClass().contains("presentation") ? savedAcross : across.keptPositions();
    return d.length > 0 ? d : new double[] {inspectorPanel.divider()};
  }

  public double[] downDividers() {
    double[] d = root.getStyleClass().contains("presentation") ? savedDown : down.keptPositions();
    return d.length > 0 ? d : new double[] {timelinePanel.divider()};
  }

  private static Node errorBanner(ShellViewModel vm) {
    VBox lines = new VBox(2);
    Label heading = new Label(Messages.get("errors.heading"));
    heading.getStyleClass().add("panel-title");
    Button dismiss = new Button(Messages.get("errors.dismiss"));
    dismiss.setOnAction(e -> vm.dismissErrors());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    VBox banner = new VBox(new HBox(8, heading, grow, dismiss), lines);
    banner.setId("error-banner");
    banner.getStyleClass().add("error-banner");
    Runnable sync =
        () -> {
          lines.getChildren().clear();
          for (String error : vm.errors()) {
            Label line = new Label(error);
            line.getStyleClass().add("error-line");
            lines.getChildren().add(line);
          }
          banner.setVisible(!vm.errors().isEmpty());
          banner.setManaged(!vm.errors().isEmpty());
        };
    vm.errors().addListener((ListChangeListener<String>) c -> sync.run());
    sync.run();
    return banner;
  }

  public BorderPane root() {
    return root;
  }

  public MapView map() {
    return map;
  }

  public MatrixView matrix() {
    return matrix;
  }

  /// How wide the side panel is by default: its pods table's columns and headings read whole
  /// (see `PodsTableTest`), where 28 % of a window JavaFX opens on a 1440-pixel screen (1368 px)
  /// left the Age heading as "Ag" under the column menu's button.
  private static final double SIDE_BY_DEFAULT = 410;

  /// The first divider's position in a window `width` pixels wide that nobody arranged: the side
  /// panel [#SIDE_BY_DEFAULT] wide, but never less than 28 % nor more than 35 % of the window.
  static double acrossByDefault(double width) {
    return Math.clamp(1 - SIDE_BY_DEFAULT / width, 0.65, 0.72);
  }

  /// Divider positions, for saving and restoring the layout.
  public SplitPane across() {
    return across;
  }

  public SplitPane down() {
    return down;
  }

  /// Open notices sit over the top of the map; a folded one alone, in the band left of the
  /// map's toolbar, where it covers no lane.
  private static void placeToasts(
      javafx.scene.Node toasts, java.util.List<dev.weft.ui.notify.Notice> shown) {
    boolean folded = folded(shown);
    StackPane.setAlignment(toasts, folded ? Pos.TOP_LEFT : Pos.TOP_CENTER);
    StackPane.setMargin(
        toasts, folded ? new Insets(12, 12, 0, FOLDED_LEFT) : new Insets(56, 12, 0, 12));
  }

  private static boolean folded(java.util.List<dev.weft.ui.notify.Notice> shown) {
    return shown.size() == 1 && shown.getFirst().folded();
  }
}
