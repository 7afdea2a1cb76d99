package dev.weft.ui.overview;

import dev.weft.state.Health;
import dev.weft.ui.Messages;
import dev.weft.ui.map.MapLegend;
import dev.weft.ui.theme.States;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/// The key to the matrix: the map's health icons (same style classes, so they always agree),
/// the canary and reroute marks, and what a faded cell means.
///
/// Threading: FX thread only.
final class MatrixLegend extends FlowPane {
  MatrixLegend() {
    // A flow: wraps rather than cut words short when the matrix is narrow.
    getStyleClass().add("matrix-legend");
    setAlignment(Pos.CENTER_LEFT);
    setPrefWrapLength(760);
    for (Health h : Health.values()) {
      Label icon = new Label(MapLegend.glyphFor(h));
      icon.getStyleClass().add("health-icon");
      States.bindHealth(icon, new SimpleObjectProperty<>(h));
      HBox swatch = new HBox(icon);
      swatch.getStyleClass().add("legend-swatch");
      States.bindHealth(swatch, new SimpleObjectProperty<>(h));
      Label text = new Label(Messages.get("health." + h.name().toLowerCase(Locale.ROOT)));
      text.getStyleClass().add("legend-item");
      HBox item = new HBox(6, swatch, text);
      item.setAlignment(Pos.CENTER_LEFT);
      getChildren().add(item);
    }
    getChildren()
        .addAll(
            mark("\u25c6", "canary-badge", "matrix.legend.canary"),
            mark("\u2192", "reroute-chip", "matrix.legend.rerouted"),
            legendItem(Messages.get("matrix.legend.stale")));
  }

  private static HBox mark(String glyph, String styleClass, String key) {
    Label mark = new Label(glyph);
    mark.getStyleClass().add(styleClass);
    HBox item = new HBox(5, mark, legendItem(Messages.get(key)));
    item.setAlignment(Pos.CENTER_LEFT);
    return item;
  }

  private static Label legendItem(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("legend-item");
    return label;
  }
}
