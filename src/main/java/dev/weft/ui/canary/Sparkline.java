package dev.weft.ui.canary;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/// A tiny line of the last readings of one gate, redrawn when the view model adds one.
///
/// Threading: FX thread only.
final class Sparkline extends Canvas {
  private final ObservableList<? extends Number> values;
  private final double max;
  private final Color color;

  /// @param max the value drawn at the top; larger values are drawn at the top too
  Sparkline(ObservableList<? extends Number> values, double max, Color color) {
    super(180, 30);
    this.values = values;
    this.max = max;
    this.color = color;
    getStyleClass().add("canary-sparkline");
    values.addListener((ListChangeListener<Number>) c -> draw());
    draw();
  }

  private void draw() {
    GraphicsContext g = getGraphicsContext2D();
    double w = getWidth();
    double h = getHeight();
    g.clearRect(0, 0, w, h);
    g.setStroke(color.deriveColor(0, 1, 1, 0.25));
    g.strokeLine(0, h - 1, w, h - 1);
    List<? extends Number> v = List.copyOf(values);
    if (v.isEmpty()) {
      return;
    }
    double step = w / (CanaryPanelViewModel.HISTORY - 1);
    g.setStroke(color);
    g.setLineWidth(1.5);
    g.beginPath();
    for (int i = 0; i < v.size(); i++) {
      double x = w - (v.size() - 1 - i) * step;
      double y = h - 2 - Math.min(1, v.get(i).doubleValue() / max) * (h - 4);
      if (i == 0) {
        g.moveTo(x, y);
      } else {
        g.lineTo(x, y);
      }
    }
    g.stroke();
  }
}
