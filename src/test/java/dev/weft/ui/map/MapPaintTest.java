package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.fabric.App;
import dev.weft.fabric.Fabric;
import dev.weft.state.FabricSnapshot;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/// The painted map repaints what changed, not the map: at 10 zones × 50 apps, one placement
/// going down repaints its own card (and the few neighbours its rectangle and its edges touch),
/// once, and a frame with no change repaints nothing.
class MapPaintTest {
  private static final Fabric FABRIC = SampleSnapshots.largeFabric(10, 50);

  private static FabricSnapshot snapshot(long version, String downApp) {
    return snapshot(version, Set.of(downApp));
  }

  private static FabricSnapshot snapshot(long version, Set<String> downApps) {
    return Samples.downInFirstZone(FABRIC, version, downApps);
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

  @Test
  void farOutNoCardIsFramedAsSelectedOrMatchedWhenNothingIs() {
    int accentPixels =
        HeadlessFx.call(
            () -> {
              MapView view = farOut();
              WritableImage image = view.getScene().snapshot(null);
              // The light theme's accent, #2563eb: the frame of a selected, matched or
              // drag-target card; a card's state classes (health, canary…) once read as a drag.
              Color accent = Color.web("#2563eb");
              int count = 0;
              for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                  Color c = image.getPixelReader().getColor(x, y);
                  if (Math.abs(c.getRed() - accent.getRed()) < 0.08
                      && Math.abs(c.getGreen() - accent.getGreen()) < 0.08
                      && Math.abs(c.getBlue() - accent.getBlue()) < 0.08) {
                    count++;
                  }
                }
              }
              return count;
            });
    // The toolbar's focused search field may show a little accent; hundreds of framed cards
    // show thousands of pixels.
    assertThat(accentPixels).isLessThan(200);
  }

  /// Far out the lanes' headers keep the zone's name (and why it is not live); their other
  /// lines, 3-5 px there, are not drawn, which makes a zoom step at 20 x 100 answer sooner.
  @Test
  void farOutALanesHeaderKeepsItsNameAndNearItShowsEverything() {
    boolean[] seen =
        HeadlessFx.call(
            () -> {
              MapView view = farOut();
              javafx.scene.Parent root = view.getScene().getRoot();
              // The fit set the zoom at layout: its styles apply at the next pulse.
              root.applyCss();
              boolean farName = visible(view, ".lane-name");
              boolean farSummary = visible(view, ".lane-summary");
              for (int i = 0; i < 6 && view.zoom() < CardLayer.FAR; i++) {
                MapViews.press(view, javafx.scene.input.KeyCode.PLUS);
              }
              root.applyCss();
              root.layout();
              return new boolean[] {farName, farSummary, visible(view, ".lane-summary")};
            });
    assertThat(seen[0]).as("far: the zone's name").isTrue();
    assertThat(seen[1]).as("far: no summary").isFalse();
    assertThat(seen[2]).as("near: the summary").isTrue();
  }

  /// The 10 x 50 map, one placement down, in a 900 x 700 view, laid out.
  private static MapView farOut() {
    MapView view = MapViews.shown(snapshot(1, FABRIC.apps().get(7).name()), 900, 700);
    // A large fabric opens at full width, far out (the whole map would be unreadable).
    assertThat(view.zoom()).isLessThan(CardLayer.FAR);
    return view;
  }

  private static boolean visible(MapView view, String selector) {
    var nodes = view.lookupAll(selector);
    assertThat(nodes).isNotEmpty();
    return nodes.stream().allMatch(javafx.scene.Node::isVisible);
  }

  @Test
  void aStormRingsAFewCardsNotEveryOneAndACardRingsOnce() {
    int[] ringing =
        HeadlessFx.call(
            () -> {
              MapViewModel vm = new MapViewModel(new MapLayoutEngine());
              vm.apply(snapshot(1, Set.of()));
              MapCanvas canvas = new MapCanvas(vm);
              new Scene(new StackPane(canvas));
              // Frame after frame, five more placements go down: each frame's five would ring.
              for (int frame = 0; frame < 6; frame++) {
                Set<String> few =
                    FABRIC.apps().stream()
                        .limit(5L * (frame + 1))
                        .map(App::name)
                        .collect(Collectors.toSet());
                vm.apply(snapshot(2 + frame, few));
              }
              int storm = canvas.flashes().ringing();
              String one = FABRIC.apps().get(40).name();
              canvas.flashes().clear();
              vm.apply(snapshot(10, Set.of(one)));
              vm.apply(snapshot(11, Set.of()));
              vm.apply(snapshot(12, Set.of(one)));
              return new int[] {storm, canvas.flashes().ringing()};
            });
    assertThat(ringing[0]).isEqualTo(HealthFlashes.MAX);
    assertThat(ringing[1]).isEqualTo(1);
  }
}
