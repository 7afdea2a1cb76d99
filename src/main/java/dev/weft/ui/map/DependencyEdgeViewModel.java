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

  DependencyEdgeViewModel(Route route) {
    this.route = route;
  }

  void update(PlacementViewModel from, PlacementViewModel to) {
    EdgeState next;
    if (from.staleProperty().get()) {
      next = EdgeState.STALE;
    } else if (from.reroutes().containsKey(to.app())) {
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
