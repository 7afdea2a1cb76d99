package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fabric.Fabric;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.testing.Samples;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/// A card's tooltip tells the placement's state as it is when the tooltip shows, and follows it
/// while it stays open; it is worded only then (not on every change of a busy fabric).
class PlacementTooltipTest {
  private static final Fabric FABRIC = SampleSnapshots.largeFabric(2, 3);

  @Test
  void theTooltipSaysTheStateWhenShownAndFollowsItWhileOpen() {
    String app = FABRIC.apps().getFirst().name();
    String zone = FABRIC.zones().getFirst().name();
    List<String> texts =
        HeadlessFx.call(
            () -> {
              MapViewModel vm = new MapViewModel(new MapLayoutEngine());
              vm.apply(Samples.downInFirstZone(FABRIC, 1, Set.of()));
              MapView view = new MapView(vm, id -> {});
              Stage stage = new Stage();
              stage.setScene(new Scene(new StackPane(view), 900, 600));
              stage.show();
              Node card = view.lookup("#" + PlacementNode.nodeId(app + "@" + zone));
              Tooltip tip = (Tooltip) card.getProperties().get("javafx.scene.control.Tooltip");
              // Changed while nobody looks: the tooltip is not worded for it.
              vm.apply(Samples.downInFirstZone(FABRIC, 2, Set.of(app)));
              String hidden = tip.getText();
              tip.show(stage);
              String shown = tip.getText();
              vm.apply(Samples.downInFirstZone(FABRIC, 3, Set.of()));
              String whileOpen = tip.getText();
              tip.hide();
              stage.close();
              return java.util.Arrays.asList(hidden, shown, whileOpen);
            });
    assertThat(texts.get(0)).as("not worded while hidden").isNullOrEmpty();
    assertThat(texts.get(1)).startsWith(app + "@" + zone + ": down");
    assertThat(texts.get(2)).startsWith(app + "@" + zone + ": healthy");
  }
}
