package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The map's selection, search and "only unhealthy" filter, and keyboard navigation between
/// nodes by their place on the map.
///
/// Threading: FX thread only (or one test thread).
public final class MapSelection {
  private final Supplier<List<PlacementViewModel>> placements;
  private final ReadOnlyObjectProperty<MapLayout> layout;
  private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper("");
  private final StringProperty searchText = new SimpleStringProperty("");
  private final BooleanProperty onlyUnhealthy = new SimpleBooleanProperty();
  private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();

  MapSelection(
      Supplier<List<PlacementViewModel>> placements, ReadOnlyObjectProperty<MapLayout> layout) {
    this.placements = placements;
    this.layout = layout;
    searchText.addListener((obs, old, now) -> refilter());
    onlyUnhealthy.addListener((obs, old, now) -> refilter());
  }

  /// Selects `app@zone`; an unknown or empty id clears the selection.
  public void select(String id) {
    String next = id == null ? "" : id;
    for (PlacementViewModel vm : placements.get()) {
      vm.setSelected(vm.id().equals(next));
    }
    boolean known = placements.get().stream().anyMatch(vm -> vm.id().equals(next));
    selectedId.set(known ? next : "");
  }

  /// Re-applies the selection after a rebuild (the id may still exist in the new shape).
  void reselect() {
    select(selectedId.get());
    refilter();
  }

  /// Moves the selection to the nearest node in `direction`, or selects the first node.
  public void move(NavigationDirection direction) {
    List<PlacementViewModel> all = placements.get();
    MapLayout map = layout.get();
    if (all.isEmpty() || map == null) {
      return;
    }
    Optional<Box> from = map.placement(selectedId.get());
    if (from.isEmpty()) {
      select(all.getFirst().id());
      return;
    }
    Box a = from.get();
    PlacementViewModel best = null;
    double bestScore = Double.MAX_VALUE;
    for (PlacementViewModel vm : all) {
      Box b = map.placement(vm.id()).orElse(null);
      if (b == null || vm.id().equals(selectedId.get())) {
        continue;
      }
      double dx = b.centerX() - a.centerX();
      double dy = b.centerY() - a.centerY();
      double score =
          switch (direction) {
            case RIGHT -> dx > 1 ? dx + 3 * Math.abs(dy) : Double.MAX_VALUE;
            case LEFT -> dx < -1 ? -dx + 3 * Math.abs(dy) : Double.MAX_VALUE;
            case DOWN -> dy > 1 ? dy + 3 * Math.abs(dx) : Double.MAX_VALUE;
            case UP -> dy < -1 ? -dy + 3 * Math.abs(dx) : Double.MAX_VALUE;
          };
      if (score < bestScore) {
        bestScore = score;
        best = vm;
      }
    }
    if (best != null) {
      select(best.id());
    }
  }

  /// Selects the next node matching the search after the current one, wrapping around.
  public Optional<String> nextMatch() {
    List<PlacementViewModel> matches =
        placements.get().stream().filter(vm -> vm.matchedProperty().get()).toList();
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    int current = -1;
    for (int i = 0; i < matches.size(); i++) {
      if (matches.get(i).id().equals(selectedId.get())) {
        current = i;
      }
    }
    String next = matches.get((current + 1) % matches.size()).id();
    select(next);
    return Optional.of(next);
  }

  void refilter() {
    String query = searchText.get() == null ? "" : searchText.get().trim().toLowerCase(Locale.ROOT);
    int matches = 0;
    for (PlacementViewModel vm : placements.get()) {
      boolean match = !query.isEmpty() && matches(vm, query);
      vm.setMatched(match);
      matches += match ? 1 : 0;
      boolean hiddenByFilter = onlyUnhealthy.get() && !vm.unhealthy();
      boolean hiddenBySearch = !query.isEmpty() && !match;
      vm.setDimmed(hiddenByFilter || hiddenBySearch);
    }
    matchCount.set(matches);
  }

  private static boolean matches(PlacementViewModel vm, String query) {
    if (vm.id().toLowerCase(Locale.ROOT).contains(query)) {
      return true;
    }
    return vm.versions().stream().anyMatch(v -> v.tag().toLowerCase(Locale.ROOT).contains(query));
  }

  /// `app@zone` of the selected node, or empty.
  public ReadOnlyStringProperty selectedIdProperty() {
    return selectedId.getReadOnlyProperty();
  }

  public StringProperty searchTextProperty() {
    return searchText;
  }

  public BooleanProperty onlyUnhealthyProperty() {
    return onlyUnhealthy;
  }

  public ReadOnlyIntegerProperty matchCountProperty() {
    return matchCount.getReadOnlyProperty();
  }
}
