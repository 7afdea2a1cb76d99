package dev.weft.ui.map;

import dev.weft.state.ConnectionPhase;
import dev.weft.ui.Messages;
import dev.weft.ui.map.GatewayViewModel.RegionRoute;
import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.theme.States;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/// The gateway card at the map's left: the HTTPRoute, the gateway's own state when it is not
/// live and healthy (stale, route missing, every weight 0), and each user region's
/// nearest-first zone order, wrapped rather than cut. Binds only; the gateway's view model
/// outlives this node (a new one is made per layout), so every listener on it is weak.
///
/// Threading: FX thread only.
final class GatewayNode extends VBox {
  private final VBox regions = new VBox(3);
  // Held here so the weak listener lives exactly as long as this node.
  private final ListChangeListener<RegionRoute> onRegions;

  GatewayNode(GatewayViewModel vm, Box box) {
    setId("gateway");
    getStyleClass().add("gateway");
    setManaged(false);
    resizeRelocate(box.x(), box.y(), box.width(), box.height());
    setMinHeight(USE_PREF_SIZE);
    Label title = new Label();
    title.getStyleClass().add("gateway-title");
    title.textProperty().bind(vm.titleProperty());
    Label route = new Label();
    route.getStyleClass().add("gateway-route");
    route.textProperty().bind(vm.routeProperty());
    Label status = new Label();
    status.setId("gateway-status");
    status.getStyleClass().add("gateway-status");
    status.setWrapText(true);
    status.setMinHeight(Label.USE_PREF_SIZE);
    status.textProperty().bind(vm.statusProperty());
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    Label section = new Label(Messages.get("gateway.regions"));
    section.getStyleClass().add("gateway-section");
    section.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.regions()));
    getChildren().addAll(title, route, status, section, regions);
    onRegions = c -> refresh(vm);
    vm.regions().addListener(new WeakListChangeListener<>(onRegions));
    // Properties bound to the view model's (weakly), so the node's states never pin it.
    var health = new javafx.beans.property.SimpleObjectProperty<dev.weft.state.Health>();
    health.bind(vm.healthProperty());
    var phase = new javafx.beans.property.SimpleObjectProperty<ConnectionPhase>();
    phase.bind(vm.phaseProperty());
    States.bindHealth(this, health);
    States.bindEnum(this, phase, ConnectionPhase.values());
    refresh(vm);
  }

  /// Grows the card to its content (a long status, many regions' routes) rather than letting text
  /// spill past its bottom edge: the layout's height is an estimate made without fonts.
  @Override
  protected void layoutChildren() {
    double needed = prefHeight(getWidth());
    if (needed > getHeight() + 0.5) {
      resize(getWidth(), needed);
    }
    super.layoutChildren();
  }

  private void refresh(GatewayViewModel vm) {
    regions.getChildren().clear();
    for (RegionRoute r : vm.regions()) {
      Label line = new Label(r.text());
      line.getStyleClass().add("gateway-region");
      line.setWrapText(true);
      line.setMinHeight(Label.USE_PREF_SIZE);
      regions.getChildren().add(line);
    }
  }
}
