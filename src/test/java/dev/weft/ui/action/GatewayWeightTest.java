package dev.weft.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.map.MapCanvas;
import dev.weft.ui.map.MapLayoutEngine;
import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/// The percent on a gateway edge: drawn as text (a node shown from a cached bitmap comes out
/// soft), and a drop on it is a drop on its edge.
class GatewayWeightTest {
  @Test
  void aWeightIsDrawnAsItselfAndADropOnItIsADropOnItsEdge() {
    List<Object> seen =
        HeadlessFx.call(
            () -> {
              MapViewModel vm = new MapViewModel(new MapLayoutEngine());
              vm.apply(Samples.healthy());
              MapCanvas canvas = new MapCanvas(vm);
              StackPane root = new StackPane(canvas);
              Theme.LIGHT.applyTo(root);
              new Scene(root);
              root.applyCss();
              root.layout();
              Node weight = root.lookup("#gw-weight-gz-1");
              boolean fromBitmap = false;
              for (Node n = weight; n != null; n = n.getParent()) {
                fromBitmap |= n.isCache();
              }
              Optional<MapTargets.Hit> hit = new MapTargets(vm).at(weight);
              return List.of(((Label) weight).getText(), fromBitmap, hit);
            });
    assertThat((String) seen.get(0)).endsWith("%");
    assertThat(seen.get(1)).isEqualTo(false);
    assertThat(seen.get(2)).isEqualTo(Optional.of(new MapTargets.Hit("gz-1", null, false, true)));
  }
}
