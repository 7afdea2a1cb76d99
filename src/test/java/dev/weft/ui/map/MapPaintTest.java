package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.fabric.Zone;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.sample.SnapshotBuilder;
import dev.weft.ui.theme.Theme;
import java.time.Instant;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/// The painted map repaints what changed, not the map: at 10 zones × 50 apps, one placement
/// going down repaints its own card (and the few neighbours its rectangle and its edges touch),
/// once, and a frame with no change repaints nothing.
class MapPaintTest {
  private static final Fabric FABRIC = SampleSnapshots.largeFabric(10, 50);

  private static FabricSnapshot snapshot(long version, String downApp) {
    SnapshotBuilder b = new SnapshotBuilder(FABRIC, Instant.now());
    for (Zone zone : FABRIC.zones()) {
      for (App app : FABRIC.apps()) {
        boolean down = app.name().equals(downApp) && zone.name().equals(first());
        b.placement(
            app.name(),
            zone.name(),
            3,
            down ? 0 : 3,
            "1.0.0",
            0,
            null,
            0,
            down ? Health.DOWN : Health.HEALTHY,
            null);
      }
    }
    return b.build(version);
  }

  private static String first() {
    return FABRIC.zones().getFirst().name();
  }

  @Test
  void aChangedPlacementRepaintsOnlyAroundItsCard() {
    long[] painted =
        HeadlessFx.call(
            () -> {
              MapViewModel vm = new MapViewModel(new MapLayoutEngine());
              vm.apply(snapshot(1, ""));
              MapCanvas canvas = new MapCanvas(vm);
              StackPane root = new StackPane(canvas);
              Theme.LIGHT.applyTo(root);
              new Scene(root);
              root.applyCss();
              root.layout();
              long all = canvas.cards().cardsPainted();
              vm.apply(snapshot(2, FABRIC.apps().get(7).name()));
              root.layout();
              long afterChange = canvas.cards().cardsPainted() - all;
              root.layout();
              long afterIdle = canvas.cards().cardsPainted() - all - afterChange;
              return new long[] {all, afterChange, afterIdle};
            });
    assertThat(painted[0]).isEqualTo(500);
    // Its card, the neighbours its rectangle and its edges' rectangles touch: a handful of 500.
    assertThat(painted[1]).isBetween(1L, 12L);
    assertThat(painted[2]).isZero();
  }
}
