package dev.weft.ui.shell;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/// A split pane whose first divider stays where it was last put (by the user's drag, or by the
/// window restoring its settings) across window resizes. A split pane moves its divider clear
/// of its items' least sizes when the window is made small, and left it there when the window
/// grew again: after one trip to a small window the map stayed smaller for good.
///
/// A move made while the pane lays itself out is the pane's own; any other move is where the
/// divider is wanted. Each layout after a size change starts from the wanted position and lets
/// the pane keep its items' least sizes, as before.
///
/// Threading: FX thread only.
final class KeptSplitPane extends SplitPane {
  private double wanted = Double.NaN;
  private boolean laying;
  /// The size at which the pane last had to move the divider from where it is wanted: tried
  /// again only at another size, so a small window is not laid out anew every frame.
  private double heldWidth = -1;
  private double heldHeight = -1;
  private java.util.function.DoubleUnaryOperator byDefault;

  KeptSplitPane(Node... items) {
    super(items);
    InvalidationListener moved = o -> moved();
    getDividers()
        .addListener(
            (ListChangeListener<Divider>)
                c -> {
                  while (c.next()) {
                    c.getRemoved().forEach(d -> d.positionProperty().removeListener(moved));
                    c.getAddedSubList().forEach(d -> d.positionProperty().addListener(moved));
                  }
                });
    getDividers().forEach(d -> d.positionProperty().addListener(moved));
  }

  /// Until the first divider is put, its position for the pane's length (its width, or its
  /// height when vertical) at the first layout: a default in pixels, which a fraction is not.
  void firstDividerByDefault(java.util.function.DoubleUnaryOperator position) {
    this.byDefault = position;
  }

  /// The dividers where they were put (a small window may hold the first one elsewhere): what
  /// the window saves and presentation mode puts back.
  double[] keptPositions() {
    double[] now = getDividerPositions();
    if (now.length > 0 && !Double.isNaN(wanted)) {
      now[0] = wanted;
    }
    return now;
  }

  private void moved() {
    if (!laying && !getDividers().isEmpty()) {
      wanted = getDividers().getFirst().getPosition();
    }
  }

  @Override
  protected void layoutChildren() {
    laying = true;
    try {
      double length = getOrientation() == Orientation.HORIZONTAL ? getWidth() : getHeight();
      if (Double.isNaN(wanted) && byDefault != null && length > 0 && !getDividers().isEmpty()) {
        wanted = byDefault.applyAsDouble(length);
      }
      boolean kept = !getDividers().isEmpty() && !Double.isNaN(wanted);
      if (kept
          && (getWidth() != heldWidth || getHeight() != heldHeight)
          && getDividers().getFirst().getPosition() != wanted) {
        getDividers().getFirst().setPosition(wanted);
      }
      super.layoutChildren();
      boolean held = kept && Math.abs(getDividers().getFirst().getPosition() - wanted) > 1e-6;
      heldWidth = held ? getWidth() : -1;
      heldHeight = held ? getHeight() : -1;
    } finally {
      laying = false;
    }
  }
}
