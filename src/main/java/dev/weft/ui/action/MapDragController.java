package dev.weft.ui.action;

import dev.weft.action.DropVerdict;
import dev.weft.ui.map.MapView;
import java.util.Map;
import java.util.Optional;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

/// Drag and drop on the map, from plain mouse events (no system clipboard): a lane's header or its
/// gateway edge onto another lane (drain there), a placement onto the same app in another zone
/// (reroute there). The [DragViewModel] decides; this draws: allowed targets light up
/// (`:drop-target`), refused ones dim (`:drop-refused`), the one under the pointer shows
/// `:drop-hover` or `:drop-forbidden` and a hint beside the pointer says what a drop does or
/// why it cannot. Presses on draggable things do not pan the map.
///
/// Threading: FX thread only.
final class MapDragController {
  private static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");
  private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("drop-refused");
  private static final PseudoClass HOVER = PseudoClass.getPseudoClass("drop-hover");
  private static final PseudoClass FORBIDDEN = PseudoClass.getPseudoClass("drop-forbidden");
  private static final PseudoClass SOURCE = PseudoClass.getPseudoClass("drag-source");
  private final MapView map;
  private final DragViewModel drag;
  private final MapTargets targets;
  private final Label hint = new Label();
  private Optional<DragViewModel.Source> pressed = Optional.empty();
  private Node hoveredNode;
  private Node sourceNode;

  MapDragController(MapView map, DragViewModel drag, MapTargets targets) {
    this.map = map;
    this.drag = drag;
    this.targets = targets;
    hint.setId("drop-hint");
    hint.getStyleClass().add("drop-hint");
    hint.setManaged(false);
    hint.setMouseTransparent(true);
    hint.visibleProperty().bind(drag.hintProperty().isNotEmpty());
    hint.textProperty().bind(drag.hintProperty());
    map.getChildren().add(hint);
    Node canvas = map.canvas();
    canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressed = sourceAt(e));
    // A press on something draggable starts a drag, not a pan. The pick result of a dragged
    // or released event is the node under the pointer, which is all a drop needs.
    canvas.addEventFilter(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          if (drag.sourceProperty().get() != null) {
            over(e);
          }
          if (pressed.isPresent()) {
            e.consume();
          }
        });
    canvas.addEventFilter(
        MouseEvent.DRAG_DETECTED,
        e -> {
          if (pressed.isPresent()) {
            sourceNode = nodeOf(pressed.get());
            if (sourceNode != null) {
              sourceNode.pseudoClassStateChanged(SOURCE, true);
            }
            drag.begin(pressed.get());
            e.consume();
          }
        });
    canvas.addEventFilter(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          pressed = Optional.empty();
          if (drag.sourceProperty().get() != null) {
            String target = targetOf(e).orElse(null);
            finish();
            drag.drop(target);
            e.consume();
          }
        });
    drag.verdicts().addListener((MapChangeListener<String, DropVerdict>) c -> light(c));
  }

  private Optional<DragViewModel.Source> sourceAt(MouseEvent e) {
    if (!e.isPrimaryButtonDown()) {
      return Optional.empty();
    }
    return targets
        .at(e.getPickResult().getIntersectedNode())
        .flatMap(
            hit -> {
              if (hit.placement() != null) {
                String app = hit.placement().substring(0, hit.placement().lastIndexOf('@'));
                return Optional.of(new DragViewModel.Source.Placement(app, hit.zone()));
              }
              return hit.header() || hit.edge()
                  ? Optional.of(new DragViewModel.Source.Lane(hit.zone()))
                  : Optional.empty();
            });
  }

  private Optional<String> targetOf(MouseEvent e) {
    DragViewModel.Source from = drag.sourceProperty().get();
    return targets
        .at(e.getPickResult().getIntersectedNode())
        .map(hit -> from instanceof DragViewModel.Source.Placement ? hit.placement() : hit.zone());
  }

  private void over(MouseEvent e) {
    if (drag.sourceProperty().get() == null) {
      return;
    }
    String target = targetOf(e).orElse(null);
    DropVerdict v = drag.hover(target);
    Node node = target == null ? null : nodeOfTarget(target);
    if (node != hoveredNode) {
      clearHover();
      hoveredNode = node;
    }
    if (node != null && v != null) {
      node.pseudoClassStateChanged(HOVER, v.allowed());
      node.pseudoClassStateChanged(FORBIDDEN, !v.allowed());
    }
    Point2D at = map.sceneToLocal(e.getSceneX(), e.getSceneY());
    hint.autosize();
    hint.relocate(Math.min(at.getX() + 16, map.getWidth() - hint.getWidth() - 4), at.getY() + 18);
  }

  private void light(MapChangeListener.Change<? extends String, ? extends DropVerdict> c) {
    Node node = nodeOfTarget(c.getKey());
    if (node == null) {
      return;
    }
    DropVerdict v = c.wasAdded() ? c.getValueAdded() : null;
    node.pseudoClassStateChanged(TARGET, v != null && v.allowed());
    node.pseudoClassStateChanged(REFUSED, v != null && !v.allowed());
  }

  private void clearHover() {
    if (hoveredNode != null) {
      hoveredNode.pseudoClassStateChanged(HOVER, false);
      hoveredNode.pseudoClassStateChanged(FORBIDDEN, false);
    }
    hoveredNode = null;
  }

  private void finish() {
    clearHover();
    if (sourceNode != null) {
      sourceNode.pseudoClassStateChanged(SOURCE, false);
      sourceNode = null;
    }
    for (Map.Entry<String, DropVerdict> v : drag.verdicts().entrySet()) {
      Node node = nodeOfTarget(v.getKey());
      if (node != null) {
        node.pseudoClassStateChanged(TARGET, false);
        node.pseudoClassStateChanged(REFUSED, false);
      }
    }
  }

  private Node nodeOf(DragViewModel.Source source) {
    return switch (source) {
      case DragViewModel.Source.Lane l -> map.canvas().lookup("#lane-" + l.zone());
      case DragViewModel.Source.Placement p ->
          map.canvas().lookup("#" + MapTargets.nodeId(p.app() + "@" + p.zone()));
    };
  }

  /// A zone's lane, or a placement's node for `app@zone`.
  private Node nodeOfTarget(String target) {
    return target.contains("@")
        ? map.canvas().lookup("#" + MapTargets.nodeId(target))
        : map.canvas().lookup("#lane-" + target);
  }
}
