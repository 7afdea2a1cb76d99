package dev.weft.ui.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/// The painted map's colours and fonts, taken from the stylesheet: an empty region per colour
/// (styled `.map-ink.<name>`) and an empty label per kind of text, styled with the classes the
/// placement's labels had (`.node-name`, `.pods-count`, `.version`…). So the canvas follows the
/// theme and presentation mode's larger type like every node does, and looks stay in CSS.
///
/// Threading: FX thread only.
final class MapInks {
  enum Ink {
    OK,
    WARN,
    BAD,
    UNKNOWN,
    SURFACE,
    SURFACE_ALT,
    BORDER,
    TEXT,
    MUTED,
    FAINT,
    ACCENT,
    ACCENT_SOFT,
    WARN_TINT,
    BAD_TINT,
    CANARY,
    REROUTE,
    EDGE,
    ON_STRONG,
    SHADOW,
    LANE,
    LANE_BORDER,
    LANE_STALE
  }

  /// Kinds of text on a placement, each styled by the class its label had.
  enum Type {
    NAME("node-name"),
    COMPACT_NAME("node-name"),
    COUNT("pods-count"),
    BADGE("restarts"),
    VERSION("version"),
    REROUTE("reroute-chip"),
    GLYPH("health-icon");

    final String styleClass;

    Type(String styleClass) {
      this.styleClass = styleClass;
    }
  }

  private final Map<Ink, Region> swatches = new EnumMap<>(Ink.class);
  private final Map<Type, Label> probes = new EnumMap<>(Type.class);
  private final List<Node> nodes = new ArrayList<>();

  /// @param onChange called when a colour or font changes (a theme switch), to redraw all
  MapInks(Runnable onChange) {
    for (Ink ink : Ink.values()) {
      Region r = new Region();
      r.getStyleClass().addAll("map-ink", ink.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      hide(r);
      r.backgroundProperty().addListener((o, a, b) -> onChange.run());
      swatches.put(ink, r);
      nodes.add(r);
    }
    // `.compact .node-name` needs a compact ancestor; the other labels sit at the top.
    Pane compact = new Pane();
    compact.getStyleClass().add("compact");
    hide(compact);
    nodes.add(compact);
    for (Type type : Type.values()) {
      // Never shown; its text only makes it a text node like the labels it stands for.
      Label probe = new Label("Ag");
      probe.getStyleClass().add(type.styleClass);
      hide(probe);
      probe.setVisible(false);
      probe.fontProperty().addListener((o, a, b) -> onChange.run());
      probes.put(type, probe);
      if (type == Type.COMPACT_NAME) {
        compact.getChildren().add(probe);
      } else {
        nodes.add(probe);
      }
    }
  }

  private static void hide(Region r) {
    // Zero-sized and unmanaged: styled like any node, never drawn, never laid out.
    r.setManaged(false);
    r.setMouseTransparent(true);
    r.resize(0, 0);
  }

  /// The nodes to add to the scene graph, so that CSS reaches them.
  List<Node> nodes() {
    return nodes;
  }

  Color color(Ink ink) {
    return dev.weft.ui.theme.SwatchColor.of(swatches.get(ink));
  }

  Font font(Type type) {
    return probes.get(type).getFont();
  }
}
