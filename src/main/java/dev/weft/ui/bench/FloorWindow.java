package dev.weft.ui.bench;

import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Screen;
import javafx.stage.Stage;

/// The floor under every figure of `weft bench ui`: a window as large as Weft's whose only
/// change is one 40 × 40 square changing colour at every pulse. What its frames measure is what
/// JavaFX's pulse, the renderer and this machine give when the window itself costs nothing; no
/// window on this machine presents frames more evenly.
///
/// Threading: FX thread only.
final class FloorWindow {
  private final Stage stage = new Stage();
  private final AnimationTimer flip;

  FloorWindow() {
    Rectangle square = new Rectangle(40, 40, Color.STEELBLUE);
    square.relocate(100, 100);
    Pane root = new Pane(square);
    root.setStyle("-fx-background-color: white;");
    // As large as the measured window: MainWindow keeps 95 % × 92 % of the screen at most.
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setScene(
        new Scene(
            root,
            Math.min(1440, screen.getWidth() * 0.95),
            Math.min(900, screen.getHeight() * 0.92)));
    flip =
        new AnimationTimer() {
          private boolean odd;

          @Override
          public void handle(long now) {
            odd = !odd;
            square.setFill(odd ? Color.DARKORANGE : Color.STEELBLUE);
          }
        };
  }

  void show() {
    stage.show();
    flip.start();
  }

  void close() {
    flip.stop();
    stage.hide();
  }
}
