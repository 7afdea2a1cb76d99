package dev.weft.ui.map;

import dev.weft.state.Health;
import dev.weft.ui.map.MapGeometry.Route;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// A dependency edge inside one zone (`app1@gz-1 → app2@gz-1`) and how it stands now.
///
/// Threading: FX thread only (or one test thread).
public final class DependencyEdgeViewModel {
  private final Route route;
  private final ReadOnlyObjectWrapper<EdgeState> state =
      new ReadOnlyObjectWrapper<>(EdgeState.NORMAL);

  // Its two ends, found once when the layout is built: the edges are updated every busy frame.
  private final PlacementViewModel from;
  private final PlacementViewModel to;

  DependencyEdgeViewModel(Route route, PlacementViewModel from, PlacementViewModel to) {
    this.route = route;
    this.from = from;
    this.to = to;
  }

  void update() {
    EdgeState next;
    if (from.staleProperty().get()) {
      next = EdgeState.STALE;
    } else if (!from.reroutes().isEmpty() && from.reroutes().containsKey(to.app())) {
      next = EdgeState.BYPASSED;
    } else if (to.healthProperty().get() == Health.DOWN) {
      next = EdgeState.BROKEN;
    } else {
      next = EdgeState.NORMAL;
    }
    state.set(next);
  }

  public Route route() {
    return route;
  }

  public ReadOnlyObjectProperty<EdgeState> stateProperty() {
    return state.getReadOnlyProperty();
  }
}
