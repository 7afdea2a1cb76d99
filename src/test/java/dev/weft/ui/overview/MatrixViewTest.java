package dev.weft.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.map.MapLayoutEngine;
import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/// The matrix view alone, in a scene of fixed size: what a frame with one change costs.
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {
  private final MapViewModel map = new MapViewModel(new MapLayoutEngine());
  private final MatrixViewModel vm = new MatrixViewModel(map);
  private MatrixView view;
  private StackPane root;

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get();
  }

  private void apply(FabricSnapshot s) throws Exception {
    onFx(
        () -> {
          map.apply(s);
          vm.apply(s);
          root.applyCss();
          root.layout();
          return null;
        });
  }

  @Test
  void aChangedPlacementRedrawsOnlyItsCellAndAThemeSwitchEverything() throws Exception {
    FabricSnapshot before = Samples.large();
    onFx(
        () -> {
          view = new MatrixView(vm, id -> {});
          root = new StackPane(view);
          Theme.LIGHT.applyTo(root);
          new Scene(root, 900, 600);
          return null;
        });
    apply(before);
    long drawn = onFx(view::cellsDrawn);
    assertThat(drawn).as("the first draw covers what is in view").isGreaterThan(100);
    apply(Samples.edit(before, "web-bff", "gz-1", Samples::podDeleted));
    assertThat(vm.cell(0, 0).health()).isEqualTo(Health.DEGRADED);
    assertThat(onFx(view::cellsDrawn) - drawn).isEqualTo(1);
    long afterEdit = onFx(view::cellsDrawn);
    onFx(
        () -> {
          Theme.DARK.applyTo(root);
          root.applyCss();
          root.layout();
          return null;
        });
    assertThat(onFx(view::cellsDrawn) - afterEdit)
        .as("a theme switch redraws every visible cell once")
        .isEqualTo(drawn);
  }
}
