package dev.weft.ui.map;

import dev.weft.fabric.Zone;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.map.MapGeometry.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The topology map's state: one lane per zone, one [PlacementViewModel] per placement, edges,
/// and the user's selection, search and filter.
///
/// [#apply] takes a whole snapshot and diffs it into the existing view models; only a change of
/// the fabric's shape (zones, apps, dependencies) rebuilds them and runs the layout again, so
/// that health changes never move a node.
///
/// The lanes stack in one column unless the view says, through [#fitInto], that it has room
/// for a map fitted larger in more ([LaneColumns]); then the lanes alone are placed again and a
/// new layout published, every view model and the selection kept.
///
/// Threading: FX thread only (or one test thread). Layout runs inside [#apply] on shape changes
/// and inside [#fitInto] when the column count changes.
public final class MapViewModel {
  static final int MAX_FLASHES = 6;
  private final MapLayoutEngine engine;
  private final ReadOnlyObjectWrapper<MapLayout> layout = new ReadOnlyObjectWrapper<>();
  // No room known (an export, a snapshot, a test): the lanes stack in one column.
  private FitRoom room;
  private final ObservableList<ZoneLaneViewModel> lanes = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<ZoneLaneViewModel> lanesView =
      FXCollections.unmodifiableObservableList(lanes);
  private final Map<String, PlacementViewModel> placements = new LinkedHashMap<>();
  // zone → app → view model: [#apply] finds each placement without building its "app@zone" id,
  // which was the largest allocation of a busy frame.
  private final Map<String, Map<String, PlacementViewModel>> byZone = new LinkedHashMap<>();
  private final List<DependencyEdgeViewModel> dependencies = new ArrayList<>();
  private final ObservableList<RerouteEdge> reroutes = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<RerouteEdge> reroutesView =
      FXCollections.unmodifiableObservableList(reroutes);
  private final GatewayViewModel gateway = new GatewayViewModel();
  private final MapSelection selection = new MapSelection(this::placementsInOrder, layout);
  private MapShape shape;
  private Instant lastTick = Instant.EPOCH;

  public MapViewModel(MapLayoutEngine engine) {
    this.engine = engine;
  }

  /// Diffs `snapshot` into the view models; a new shape rebuilds them first.
  public void apply(FabricSnapshot snapshot) {
    MapShape next = MapShape.of(snapshot.fabric());
    if (!next.equals(shape)) {
      rebuild(next, snapshot);
    }
    Map<String, String> baselines = Baselines.of(snapshot);
    lastTick = snapshot.at();
    List<PlacementViewModel> changed = new ArrayList<>();
    for (ZoneLaneViewModel lane : lanes) {
      ZoneSnapshot zone = snapshot.zones().get(lane.zone());
      if (zone == null) {
        continue;
      }
      // Unknown (-1) when the gateway's route was never read: "0 %" said the zone was drained.
      int weight = snapshot.gateway().weights().getOrDefault(lane.zone(), -1);
      // An unchanged zone record keeps its lane as it is; the wording ages in [#tick].
      if (zone != lane.lastSnapshot() || weight != lane.weightProperty().get()) {
        lane.update(zone, weight, snapshot.at());
      }
      // Placements skip unchanged records themselves (see PlacementViewModel#update).
      boolean stale = lane.staleProperty().get() || lane.unreachableProperty().get();
      Map<String, PlacementViewModel> inZone = byZone.getOrDefault(lane.zone(), Map.of());
      for (PlacementSnapshot p : zone.placements().values()) {
        PlacementViewModel vm = inZone.get(p.app());
        if (vm != null && vm.update(p, baselines, stale)) {
          changed.add(vm);
        }
      }
    }
    // A few changes catch the eye; in a storm, flashing everything would only be noise.
    if (changed.size() <= MAX_FLASHES) {
      changed.forEach(PlacementViewModel::flash);
    }
    for (DependencyEdgeViewModel edge : dependencies) {
      edge.update();
    }
    List<RerouteEdge> nextReroutes = new ArrayList<>();
    for (PlacementViewModel vm : placements.values()) {
      if (vm.reroutes().isEmpty()) {
        continue;
      }
      vm.reroutes()
          .forEach(
              (dep, zone) -> {
                PlacementViewModel target = placements.get(dep + "@" + zone);
                boolean broken =
                    target != null && target.healthProperty().get() == dev.weft.state.Health.DOWN;
                nextReroutes.add(new RerouteEdge(vm.id(), dep + "@" + zone, broken));
              });
    }
    if (!nextReroutes.equals(reroutes)) {
      reroutes.setAll(nextReroutes);
    }
    gateway.update(snapshot);
    selection.refilter();
  }

  /// Refreshes time-dependent wording ("last seen 12 s ago"); call about once a second.
  public void tick(Instant now) {
    lastTick = now;
    lanes.forEach(l -> l.tick(now));
    gateway.tick(now);
  }

  Instant lastTick() {
    return lastTick;
  }

  /// The view's room for the whole map changed (its window or side panels were resized): lays
  /// the lanes out in another number of columns when that fits the map enough larger. Call it at
  /// most once a frame; it publishes a new layout only when the count changes.
  public void fitInto(FitRoom next) {
    if (next.width() <= 0 || next.height() <= 0) {
      return;
    }
    room = next;
    if (shape == null) {
      return;
    }
    int current = layout.get().columns();
    int columns =
        LaneColumns.choose(current, shape.zones().size(), c -> engine.size(shape, c), room);
    if (columns != current) {
      show(engine.layout(shape, columns));
    }
  }

  /// The column count for a new shape: the best for the room, with no count in use to keep.
  private int columnsFor(MapShape next) {
    return room == null
        ? 1
        : LaneColumns.best(next.zones().size(), c -> engine.size(next, c), room);
  }

  /// Publishes `computed` for the current view models: the dependency edges are made anew along
  /// its routes, in the states their placements give them.
  private void show(MapLayout computed) {
    dependencies.clear();
    for (Route r : computed.dependencies()) {
      DependencyEdgeViewModel edge =
          new DependencyEdgeViewModel(r, placements.get(r.from()), placements.get(r.to()));
      edge.update();
      dependencies.add(edge);
    }
    // Views rebuild their nodes on this change, after everything above is in place.
    layout.set(computed);
  }

  private void rebuild(MapShape next, FabricSnapshot snapshot) {
    shape = next;
    MapLayout computed = engine.layout(next, columnsFor(next));
    placements.clear();
    byZone.clear();
    List<ZoneLaneViewModel> nextLanes = new ArrayList<>();
    for (Zone zone : snapshot.fabric().zones()) {
      nextLanes.add(new ZoneLaneViewModel(zone));
      for (var app : snapshot.fabric().apps()) {
        PlacementViewModel vm = new PlacementViewModel(app.name(), zone.name());
        placements.put(vm.id(), vm);
        byZone.computeIfAbsent(zone.name(), z -> new LinkedHashMap<>()).put(app.name(), vm);
      }
    }
    reroutes.clear();
    lanes.setAll(nextLanes);
    show(computed);
    selection.reselect();
  }

  private List<PlacementViewModel> placementsInOrder() {
    return List.copyOf(placements.values());
  }

  /// The current layout; changes when the fabric's shape changes, or the lanes' column count.
  public ReadOnlyObjectProperty<MapLayout> layoutProperty() {
    return layout.getReadOnlyProperty();
  }

  public ObservableList<ZoneLaneViewModel> lanes() {
    return lanesView;
  }

  /// Every placement, lane by lane in fabric order.
  public List<PlacementViewModel> placements() {
    return placementsInOrder();
  }

  public Optional<PlacementViewModel> placement(String id) {
    return Optional.ofNullable(placements.get(id));
  }

  public List<DependencyEdgeViewModel> dependencies() {
    return List.copyOf(dependencies);
  }

  public ObservableList<RerouteEdge> reroutes() {
    return reroutesView;
  }

  public GatewayViewModel gateway() {
    return gateway;
  }

  /// Selection, search, filter and keyboard navigation.
  public MapSelection selection() {
    return selection;
  }

  /// Convenience for views: the search text, bound bidirectionally to the search field.
  public StringProperty searchTextProperty() {
    return selection.searchTextProperty();
  }

  public BooleanProperty onlyUnhealthyProperty() {
    return selection.onlyUnhealthyProperty();
  }
}
