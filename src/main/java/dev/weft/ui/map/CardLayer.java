package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.canvas.GraphicsContext;

/// What the map's upper painted layer shows: dependency edges under placement cards. Listens
/// to every placement's state and marks only its card's rectangle dirty; far out, a card is one
/// shape.
///
/// Threading: FX thread only.
final class CardLayer implements MapPaintLayer.Painter {
  /// Below this zoom a card is one shape: its text would be too small to read anyway.
  static final double FAR = 0.42;
  private final PlacementPainter cards;
  private final EdgePainter edges;
  private final MapPaintLayer layer;
  private Function<String, Set<PseudoClass>> dragStates = id -> Set.of();
  private boolean compact;
  private List<PlacementViewModel> placements = List.of();
  private List<Box> boxes = List.of();
  private Map<String, Box> byId = Map.of();
  private List<DependencyEdgeViewModel> deps = List.of();
  private List<List<Box>> depPieces = List.of();
  private long cardsPainted;

  CardLayer(MapInks inks, boolean windowed) {
    cards = new PlacementPainter(inks);
    edges = new EdgePainter(inks);
    layer = new MapPaintLayer(windowed, this);
    layer.getStyleClass().add("map-cards");
  }

  MapPaintLayer layer() {
    return layer;
  }

  /// Takes a new layout and its view models; everything is painted at the next pulse.
  void show(
      MapLayout layout,
      List<PlacementViewModel> vms,
      List<DependencyEdgeViewModel> dependencies,
      Function<String, Set<PseudoClass>> drag) {
    dragStates = drag;
    compact = layout.compact();
    placements = List.copyOf(vms);
    List<Box> b = new ArrayList<>();
    Map<String, Box> at = new HashMap<>();
    for (PlacementViewModel vm : placements) {
      Box box = layout.placement(vm.id()).orElseThrow();
      b.add(box);
      // A flat card paints inside its box; a glow or a shadow reaches further. The far reach
      // whenever the selection moves, so that a glow also goes.
      Box near = grow(box, compact ? 3 : PlacementPainter.MARGIN);
      Box far = grow(box, PlacementPainter.MARGIN);
      at.put(vm.id(), far);
      InvalidationListener changed = o -> layer.markDirty(vm.selectedProperty().get() ? far : near);
      for (var p :
          List.of(
              vm.healthProperty(),
              vm.readyProperty(),
              vm.desiredProperty(),
              vm.restartsProperty(),
              vm.canaryProperty(),
              vm.staleProperty(),
              vm.atRiskProperty(),
              vm.pendingProperty(),
              vm.reroutedToProperty(),
              vm.matchedProperty(),
              vm.dimmedProperty())) {
        p.addListener(changed);
      }
      vm.versions().addListener(changed);
      vm.selectedProperty().addListener(o -> layer.markDirty(far));
    }
    boxes = b;
    byId = at;
    deps = List.copyOf(dependencies);
    List<List<Box>> pieces = new ArrayList<>();
    for (DependencyEdgeViewModel dep : deps) {
      List<Box> edgePieces = EdgePainter.pieces(dep);
      pieces.add(edgePieces);
      dep.stateProperty().addListener(o -> edgePieces.forEach(layer::markDirty));
    }
    depPieces = pieces;
    layer.size(layout.width(), layout.height());
  }

  private static Box grow(Box b, double by) {
    return new Box(b.x() - by, b.y() - by, b.width() + 2 * by, b.height() + 2 * by);
  }

  /// Repaints one placement's card at the next pulse (its drag-and-drop states changed).
  void markDirty(String placementId) {
    Box b = byId.get(placementId);
    if (b != null) {
      layer.markDirty(b);
    }
  }

  /// Cards painted since the start: lets a test see that a change repainted only a few.
  long cardsPainted() {
    return cardsPainted;
  }

  @Override
  public void paint(GraphicsContext gc, double x, double y, double w, double h, double zoom) {
    for (int i = 0; i < deps.size(); i++) {
      for (Box piece : depPieces.get(i)) {
        if (MapPaintLayer.crosses(piece, x, y, w, h, 0)) {
          edges.paint(gc, deps.get(i));
          break;
        }
      }
    }
    boolean far = zoom < FAR;
    double m = PlacementPainter.MARGIN;
    for (int i = 0; i < placements.size(); i++) {
      Box b = boxes.get(i);
      if (!MapPaintLayer.crosses(b, x, y, w, h, m)) {
        continue;
      }
      PlacementViewModel vm = placements.get(i);
      Set<PseudoClass> drag = dragStates.apply(vm.id());
      if (far) {
        cards.far(gc, vm, b, drag);
      } else {
        cards.near(gc, vm, b, compact, drag);
      }
      cardsPainted++;
    }
  }
}
