package dev.weft.ui.map;

import dev.weft.ui.Messages;
import dev.weft.ui.map.GatewayViewModel.RegionRoute;
import dev.weft.ui.map.MapGeometry.Box;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/// The gateway card at the map's left: the HTTPRoute and each user region's nearest-first zone
/// order. Binds only.
///
/// Threading: FX thread only.
final class GatewayNode extends VBox {
  private final VBox regions = new VBox(3);

  GatewayNode(GatewayViewModel vm, Box box) {
    setId("gateway");
    getStyleClass().add("gateway");
    setManaged(false);
    resizeRelocate(box.x(), box.y(), box.width(), box.height());
    Label title = new Label();
    title.getStyleClass().add("gateway-title");
    title.textProperty().bind(vm.titleProperty());
    Label route = new Label();
    route.getStyleClass().add("gateway-route");
    route.textProperty().bind(vm.routeProperty());
    Label section = new Label(Messages.get("gateway.regions"));
    section.getStyleClass().add("gateway-section");
    section.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.regions()));
    getChildren().addAll(title, route, section, regions);
    vm.regions().addListener((ListChangeListener<RegionRoute>) c -> refresh(vm));
    refresh(vm);
  }

  private void refresh(GatewayViewModel vm) {
    regions.getChildren().clear();
    for (RegionRoute r : vm.regions()) {
      Label line = new Label(r.text());
      line.getStyleClass().add("gateway-region");
      regions.getChildren().add(line);
    }
  }
}
