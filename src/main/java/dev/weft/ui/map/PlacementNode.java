package dev.weft.ui.map;

import dev.weft.ui.theme.States;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/// One placement's place on the map for everything but its looks: clicks, the context menu,
/// drag and drop (its `:drop-…` states are painted by the [MapPaintLayer]), the tooltip and
/// screen readers, and its health as a pseudo-class. The card itself is painted underneath;
/// this node is never drawn (a style of its own keeps it transparent whatever the rules say).
///
/// Threading: FX thread only.
final class PlacementNode extends Region {
  private final PlacementViewModel vm;

  PlacementNode(PlacementViewModel vm, boolean compact, double width, double height) {
    this.vm = vm;
    setId(nodeId(vm.id()));
    getStyleClass().add("placement");
    if (compact) {
      getStyleClass().add("compact");
    }
    // An inline style outranks every stylesheet: the rules for `.placement` still reach the
    // node (tests and drag and drop read its states) but never show.
    setStyle("-fx-opacity: 0; -fx-effect: null;");
    setPickOnBounds(true);
    setMinSize(width, height);
    setPrefSize(width, height);
    setMaxSize(width, height);
    setFocusTraversable(false);
    // The placement's states stay readable on its node (tests, tools); a childless node restyles
    // cheaply, and nothing it styles is drawn.
    States.bindHealth(this, vm.healthProperty());
    States.bind(this, "stale", vm.staleProperty());
    States.bind(this, "canary", vm.canaryProperty());
    States.bind(this, "pending", vm.pendingProperty());
    States.bind(this, "selected", vm.selectedProperty());
    States.bind(this, "matched", vm.matchedProperty());
    States.bind(this, "dimmed", vm.dimmedProperty());
    Tooltip tooltip = new Tooltip();
    // Bound only while it shows: a bound tooltip reads its text on every change, and in a pod
    // storm that formatted every changed card's summary each frame for nobody.
    tooltip.setOnShowing(e -> tooltip.textProperty().bind(vm.summaryProperty()));
    tooltip.setOnHidden(e -> tooltip.textProperty().unbind());
    Tooltip.install(this, tooltip);
    accessibleTextProperty().bind(vm.summaryProperty());
  }

  PlacementViewModel viewModel() {
    return vm;
  }

  /// `app@zone` is not a valid CSS id; ids look like `placement-app2-gz-1`.
  static String nodeId(String placementId) {
    return "placement-" + placementId.replace('@', '-');
  }
}
