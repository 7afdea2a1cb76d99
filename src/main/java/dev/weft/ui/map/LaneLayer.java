package dev.weft.ui.map;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapInks.Ink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.effect.BlurType;
import javafx.scene.effect.DropShadow;

/// What the map's lower painted layer shows: the lanes' bands, as their nodes' backgrounds
/// looked (stale or unreachable: greyed and dashed; drag and drop: lit, dimmed or refused).
/// The lanes' headers stay nodes above it. A band changes only with its lane's state, so this
/// layer is repainted rarely and otherwise only shown.
///
/// Threading: FX thread only.
final class LaneLayer implements MapPaintLayer.Painter {
  private static final double RADIUS = 16;
  private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
  private static final PseudoClass UNREACHABLE = PseudoClass.getPseudoClass("unreachable");

  private record Band(Box box, Set<PseudoClass> states) {}

  private final MapInks inks;
  private final MapPaintLayer layer;
  private final ShadowCache glows = new ShadowCache();
  private List<Band> bands = List.of();

  LaneLayer(MapInks inks, boolean windowed) {
    this.inks = inks;
    layer = new MapPaintLayer(windowed, this);
    layer.getStyleClass().add("map-lanes");
  }

  MapPaintLayer layer() {
    return layer;
  }

  /// Takes the lanes of a new layout: their boxes and their nodes' states.
  void show(MapLayout layout, List<LaneNode> nodes) {
    List<Band> next = new ArrayList<>();
    for (LaneNode node : nodes) {
      Box box = node.bounds();
      next.add(new Band(box, node.getPseudoClassStates()));
      Box reach = new Box(box.x() - 16, box.y() - 16, box.width() + 32, box.height() + 32);
      node.getPseudoClassStates()
          .addListener((SetChangeListener<PseudoClass>) c -> layer.markDirty(reach));
    }
    bands = next;
    layer.size(layout.width(), layout.height());
  }

  @Override
  public void paint(GraphicsContext gc, double x, double y, double w, double h, double zoom) {
    for (Band band : bands) {
      if (MapPaintLayer.crosses(band.box(), x, y, w, h, 16)) {
        paint(gc, band.box(), band.states());
      }
    }
  }

  private void paint(GraphicsContext gc, Box b, Set<PseudoClass> states) {
    boolean grey = states.contains(STALE) || states.contains(UNREACHABLE);
    gc.setGlobalAlpha(states.contains(PaintedBorder.DROP_REFUSED) ? 0.55 : 1);
    if (states.contains(PaintedBorder.DRAG_SOURCE)) {
      DropShadow look = new DropShadow(BlurType.GAUSSIAN, inks.color(Ink.ACCENT), 12, 0.3, 0, 0);
      glows.clear();
      var glow = glows.of(b.width(), b.height(), 2 * RADIUS, look);
      gc.drawImage(glow.image(), b.x() + glow.dx(), b.y() + glow.dy());
    }
    Ink fill = grey ? Ink.LANE_STALE : Ink.LANE;
    gc.setFill(inks.color(states.contains(PaintedBorder.DROP_HOVER) ? Ink.ACCENT_SOFT : fill));
    gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 2 * RADIUS, 2 * RADIUS);
    new PaintedBorder(
            grey ? Ink.FAINT : Ink.LANE_BORDER, grey ? 1.5 : 1, grey ? new double[] {7, 5} : null)
        .underDrag(states)
        .draw(gc, inks, b, RADIUS);
    gc.setGlobalAlpha(1);
  }
}
