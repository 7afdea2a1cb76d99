package dev.weft.ui.map;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/// A lane's header lines (name and region, display name, health summary, why the zone is not
/// live), kept inside the lane whatever the reason's length or the type's size. A long reason
/// ("TLS handshake with … failed: …"), or presentation mode's larger type, wrapped the reason
/// below the lane, over the next zone's name. When the lines do not all fit, the reason comes
/// first: the display name and summary give it their room; if it still does not fit, its last
/// line ends in "…" and the whole reason shows as the header's tooltip.
///
/// Threading: FX thread only.
final class LaneHeader extends VBox {
  private final Node title;
  private final Label display;
  private final Label summary;
  private final Label status;
  private final Tooltip whole = new Tooltip();
  private boolean tipShown;

  LaneHeader(Node title, Label display, Label summary, Label status) {
    super(title, display, summary, status);
    this.title = title;
    this.display = display;
    this.summary = summary;
    this.status = status;
    whole.textProperty().bind(status.textProperty());
    whole.setWrapText(true);
    whole.setMaxWidth(420);
    // As tall as the lane, never taller: a VBox's least height is its lines', whole.
    setMinHeight(USE_PREF_SIZE);
    setMaxHeight(USE_PREF_SIZE);
    // The tooltip answers over the whole header, not only over its words.
    setPickOnBounds(true);
  }

  /// True when even that was not enough: the reason ends in "…" and shows whole as a tooltip.
  boolean reasonCut() {
    return tipShown;
  }

  @Override
  protected void layoutChildren() {
    double x = snappedLeftInset();
    double y = snappedTopInset();
    double width = getWidth() - x - snappedRightInset();
    double bottom = getHeight() - snappedBottomInset();
    double gap = snapSpaceY(getSpacing());
    boolean reason = status.isVisible();
    double needed =
        height(title, width) + height(display, width) + height(summary, width) + 3 * gap;
    double reasonHeight = reason ? height(status, width) : 0;
    boolean crowded = reason && y + needed + reasonHeight > bottom;
    y = place(title, x, y, width, height(title, width)) + gap;
    // Made transparent, not invisible: visibility is the far zoom's, set by the stylesheet.
    for (Label line : new Label[] {display, summary}) {
      line.setOpacity(crowded ? 0 : 1);
      if (!crowded) {
        y = place(line, x, y, width, height(line, width)) + gap;
      }
    }
    double room = Math.max(0, bottom - y);
    place(status, x, y, width, Math.min(reasonHeight, room));
    showWholeReason(reason && reasonHeight > room);
  }

  private void showWholeReason(boolean cut) {
    if (cut != tipShown) {
      tipShown = cut;
      if (cut) {
        Tooltip.install(this, whole);
      } else {
        Tooltip.uninstall(this, whole);
      }
    }
  }

  private double height(Node n, double width) {
    return snapSizeY(n.prefHeight(Math.min(width, n.maxWidth(-1))));
  }

  private static double place(Node n, double x, double y, double width, double height) {
    n.resizeRelocate(x, y, Math.min(width, n.maxWidth(-1)), height);
    return y + height;
  }
}
