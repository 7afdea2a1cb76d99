package dev.weft.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/// One side panel of a split pane that can be hidden and shown again where the user left its
/// divider (a split pane puts a returning item at 50 %).
///
/// Threading: FX thread only.
final class SplitPanel {
  private final SplitPane pane;
  private final Node panel;
  private double divider;

  SplitPanel(SplitPane pane, Node panel, double divider) {
    this.pane = pane;
    this.panel = panel;
    this.divider = divider;
  }

  void show(boolean on) {
    boolean shown = pane.getItems().contains(panel);
    if (on && !shown) {
      pane.getItems().add(panel);
      pane.setDividerPositions(divider);
    } else if (!on && shown) {
      divider = pane.getDividerPositions()[0];
      pane.getItems().remove(panel);
    }
  }

  /// The divider as the user left it, shown or not.
  double divider() {
    double[] now = pane.getDividerPositions();
    return now.length > 0 ? now[0] : divider;
  }
}
