package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/// Another fabric opened in a window that already has its size is shown fitted, not at the last
/// fabric's zoom and pan (no resize comes to fit it).
class MapFitTest {
  @Test
  void anotherFabricInASizedWindowIsFittedAtOnce() {
    double[] zooms =
        HeadlessFx.call(
            () -> {
              MapViewModel vm = new MapViewModel(new MapLayoutEngine());
              vm.apply(Samples.large());
              MapView view = new MapView(vm, id -> {});
              StackPane root = new StackPane(view);
              Theme.LIGHT.applyTo(root);
              new Scene(root, 1200, 800);
              root.applyCss();
              root.layout();
              double large = view.zoom();
              vm.apply(Samples.healthy());
              root.layout();
              double small = view.zoom();
              view.fit();
              return new double[] {large, small, view.zoom()};
            });
    // 10 × 50 opens at full width from the top; the 3-zone demo is then fitted whole, as "fit"
    // shows it, not left at the large fabric's zoom.
    assertThat(zooms[1]).isEqualTo(zooms[2]).isNotEqualTo(zooms[0]);
  }
}
