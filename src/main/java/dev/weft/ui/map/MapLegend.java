package dev.weft.ui.map;

import dev.weft.state.Health;
import dev.weft.ui.Messages;
import dev.weft.ui.theme.States;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;

/// The key to the map's symbols, drawn with the same style classes as the map itself, so it
/// can never disagree with it. Its items wrap into a second row where the map is narrow (a side
/// panel open on a laptop), rather than each being cut to "…".
///
/// Threading: FX thread only.
public final class MapLegend extends FlowPane {
  public MapLegend() {
    getStyleClass().add("legend");
    setAlignment(Pos.CENTER_LEFT);
    setRowValignment(javafx.geometry.VPos.CENTER);
    for (Health h : Health.values()) {
      HBox item = new HBox(6);
      item.getStyleClass().add("placement-legend");
      item.setAlignment(Pos.CENTER_LEFT);
      Label icon = new Label(glyph(h));
      icon.getStyleClass().add("health-icon");
      States.bindHealth(icon, new SimpleObjectProperty<>(h));
      HBox holder = new HBox(icon);
      holder.getStyleClass().add("legend-swatch");
      States.bindHealth(holder, new SimpleObjectProperty<>(h));
      Label text = new Label(Messages.get("health." + h.name().toLowerCase(Locale.ROOT)));
      text.getStyleClass().add("legend-item");
      item.getChildren().addAll(holder, text);
      getChildren().add(item);
    }
    Label canary = new Label("\u25c6 " + Messages.get("placement.canary"));
    canary.getStyleClass().add("canary-badge");
    getChildren().add(canary);
    getChildren().add(lineItem("reroute-edge", Messages.get("map.rerouted")));
    getChildren().add(lineItem("dep-edge", Messages.get("legend.broken"), "broken"));
    getChildren().add(lineItem("gw-edge", Messages.get("legend.unserved"), "unserved"));
  }

  private static HBox lineItem(String styleClass, String text, String... states) {
    Line line = new Line(0, 0, 28, 0);
    line.getStyleClass().add(styleClass);
    for (String s : states) {
      States.set(line, s, true);
    }
    Label label = new Label(text);
    label.getStyleClass().add("legend-item");
    HBox item = new HBox(6, line, label);
    item.setAlignment(Pos.CENTER_LEFT);
    return item;
  }

  public static String glyphFor(Health h) {
    return glyph(h);
  }

  static String glyph(Health h) {
    return switch (h) {
      case HEALTHY -> "\u2713";
      case DEGRADED -> "!";
      case DOWN -> "\u2715";
      case UNKNOWN -> "?";
    };
  }
}
