package dev.weft.ui.map;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The gateway card: which HTTPRoute splits the traffic and where each user region goes first.
///
/// Threading: FX thread only (or one test thread).
public final class GatewayViewModel {
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ConnectionPhase> phase =
      new ReadOnlyObjectWrapper<>(ConnectionPhase.CONNECTING);
  private final ObservableList<RegionRoute> regions = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<RegionRoute> regionsView =
      FXCollections.unmodifiableObservableList(regions);

  /// One user region's route: the zones it is sent to, nearest first.
  public record RegionRoute(String region, List<String> zones) {
    public String text() {
      return region + " \u2192 " + String.join(" \u203a ", zones);
    }
  }

  void update(FabricSnapshot snapshot) {
    title.set(Messages.get("gateway.title"));
    var g = snapshot.fabric().gateway();
    route.set(g.namespace() + "/" + g.route());
    phase.set(snapshot.gateway().connection().phase());
    List<RegionRoute> next = new ArrayList<>();
    snapshot.gateway().regionRoutes().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> next.add(new RegionRoute(e.getKey(), e.getValue())));
    if (!next.equals(regions)) {
      regions.setAll(next);
    }
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /// `namespace/route` of the HTTPRoute.
  public ReadOnlyStringProperty routeProperty() {
    return route.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ObservableList<RegionRoute> regions() {
    return regionsView;
  }
}
