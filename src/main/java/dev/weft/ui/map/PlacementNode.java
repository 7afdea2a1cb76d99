package dev.weft.ui.map;

import dev.weft.state.Health;
import dev.weft.ui.Messages;
import dev.weft.ui.theme.States;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// One placement on the map: health icon (shape and glyph) and name, pods as pips or a bar,
/// versions with the canary standing out, restarts and reroute. Binds only; looks are in CSS.
///
/// Threading: FX thread only.
final class PlacementNode extends VBox {
  private final PlacementViewModel vm;

  PlacementNode(PlacementViewModel vm, boolean compact, double width, double height) {
    this.vm = vm;
    setId(nodeId(vm.id()));
    getStyleClass().add("placement");
    if (compact) {
      getStyleClass().add("compact");
    }
    setMinSize(width, height);
    setPrefSize(width, height);
    setMaxSize(width, height);
    setFocusTraversable(false);

    Label icon = new Label();
    icon.getStyleClass().add("health-icon");
    icon.textProperty().bind(Bindings.createStringBinding(() -> glyph(vm), vm.healthProperty()));
    States.bindHealth(icon, vm.healthProperty());

    Label name = new Label(vm.app());
    name.getStyleClass().add("node-name");
    name.setMinWidth(0);
    HBox.setHgrow(name, Priority.ALWAYS);
    name.setMaxWidth(Double.MAX_VALUE);

    Label restarts = new Label();
    restarts.getStyleClass().add("restarts");
    restarts
        .textProperty()
        .bind(vm.restartsProperty().asString(Messages.get("placement.restarts", "%d")));
    restarts.visibleProperty().bind(vm.restartsProperty().greaterThan(0));
    restarts.managedProperty().bind(restarts.visibleProperty());

    Label canary = new Label("\u25c6");
    canary.getStyleClass().add("canary-badge");
    canary.visibleProperty().bind(vm.canaryProperty());
    canary.managedProperty().bind(canary.visibleProperty());

    // Healthy itself but calling a dependency that is down where its calls go (in its own zone or
    // the zone they are rerouted to): the node says so, not only the red edge.
    Label risk = new Label(Messages.get("placement.atRisk"));
    risk.getStyleClass().add("at-risk-badge");
    risk.setMinWidth(Region.USE_PREF_SIZE);
    // A placement that is down itself says that; "at risk" would only add noise.
    risk.visibleProperty()
        .bind(vm.atRiskProperty().and(vm.healthProperty().isNotEqualTo(Health.DOWN)));
    risk.managedProperty().bind(risk.visibleProperty());

    HBox top = new HBox(7, icon, name, canary, risk, restarts);
    top.setAlignment(Pos.CENTER_LEFT);
    getChildren().add(top);
    getChildren().add(new PodsGauge(vm, compact));
    if (!compact) {
      getChildren().add(new VersionsRow(vm));
    }

    States.bindHealth(this, vm.healthProperty());
    States.bind(this, "stale", vm.staleProperty());
    States.bind(this, "canary", vm.canaryProperty());
    States.bind(this, "pending", vm.pendingProperty());
    States.bind(this, "selected", vm.selectedProperty());
    States.bind(this, "matched", vm.matchedProperty());
    States.bind(this, "dimmed", vm.dimmedProperty());
    Tooltip tooltip = new Tooltip();
    tooltip.textProperty().bind(vm.summaryProperty());
    Tooltip.install(this, tooltip);
    accessibleTextProperty().bind(vm.summaryProperty());
    new HealthFlash(this, vm.healthChangesProperty());
  }

  PlacementViewModel viewModel() {
    return vm;
  }

  /// `app@zone` is not a valid CSS id; ids look like `placement-app2-gz-1`.
  static String nodeId(String placementId) {
    return "placement-" + placementId.replace('@', '-');
  }

  private static String glyph(PlacementViewModel vm) {
    return MapLegend.glyph(vm.healthProperty().get());
  }

  static Region spacer() {
    Region r = new Region();
    HBox.setHgrow(r, Priority.ALWAYS);
    return r;
  }
}
