package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/// Another fabric opened in a window that already has its size is shown fitted, not at the last
/// fabric's zoom and pan (no resize comes to fit it); a fitted map keeps clear of what is shown
/// over its bottom.
class MapFitTest {
  /// The action suggestions over a fitted 5 x 4 map covered the last lane's header (why that
  /// zone was stale). While they show, a fitted map moves past them where the width allows,
  /// keeping its zoom; where it does not, it is fitted above them; it comes back when they go.
  @Test
  void aFittedMapMovesPastTheSuggestionsOrFitsAboveThemAndComesBack() {
    Shown narrow = withSuggestions(985, 560);
    assertThat(narrow.zoomWith()).as("no room aside: fitted smaller").isLessThan(narrow.zoom());
    assertThat(narrow.lanesCrossingBar()).isZero();
    assertThat(narrow.zoomAfter()).as("fitted as before once they go").isEqualTo(narrow.zoom());

    Shown wide = withSuggestions(1600, 560);
    assertThat(wide.zoomWith()).as("room aside: the same zoom").isEqualTo(wide.zoom());
    assertThat(wide.lanesCrossingBar()).isZero();
    assertThat(wide.zoomAfter()).isEqualTo(wide.zoom());
  }

  private record Shown(double zoom, double zoomWith, long lanesCrossingBar, double zoomAfter) {}

  private static Shown withSuggestions(double width, double height) {
    return HeadlessFx.call(
        () -> {
          MapViewModel vm = new MapViewModel(new MapLayoutEngine());
          vm.apply(Samples.healthy());
          MapView view = new MapView(vm, id -> {});
          javafx.scene.layout.Region bar = new javafx.scene.layout.Region();
          bar.setPrefSize(380, 60);
          bar.setMaxSize(380, 60);
          bar.setVisible(false);
          StackPane.setAlignment(bar, javafx.geometry.Pos.BOTTOM_LEFT);
          view.getChildren().add(bar);
          view.keepClearOf(bar);
          StackPane root = new StackPane(view);
          Theme.LIGHT.applyTo(root);
          new Scene(root, width, height);
          root.applyCss();
          root.layout();
          // Above the legend, as the window places the suggestions.
          double legend = view.lookup("#map-legend").getLayoutBounds().getHeight();
          StackPane.setMargin(bar, new javafx.geometry.Insets(12, 12, legend + 20, 12));
          root.layout();
          view.fit();
          double before = view.zoom();
          bar.setVisible(true);
          root.layout();
          javafx.geometry.Bounds b = bar.localToScene(bar.getLayoutBounds());
          long crossing =
              vm.lanes().stream()
                  .map(l -> view.lookup("#lane-" + l.zone()))
                  .filter(n -> n.localToScene(n.getLayoutBounds()).intersects(b))
                  .count();
          double with = view.zoom();
          bar.setVisible(false);
          root.layout();
          return new Shown(before, with, crossing, view.zoom());
        });
  }

  /// A window made smaller showed the fitted map cut at the right, its last lane under the
  /// legend, until something else asked for a fit. A map the user zoomed keeps its zoom.
  @Test
  void aFittedMapFollowsTheWindowAndAZoomedOneKeepsItsZoom() {
    double[] seen =
        HeadlessFx.call(
            () -> {
              MapView view = MapViews.shown(Samples.healthy(), 1400, 800);
              javafx.scene.layout.Region root = (javafx.scene.layout.Region) view.getParent();
              double wide = view.zoom();
              root.resize(700, 500);
              root.layout();
              javafx.scene.Node gateway = view.lookup("#gateway");
              javafx.scene.Node lastLane = view.lookup("#lane-bj-1");
              javafx.geometry.Bounds lane = lastLane.localToScene(lastLane.getLayoutBounds());
              double narrow = view.zoom();
              double gatewayLeft = gateway.localToScene(gateway.getLayoutBounds()).getMinX();
              // Zoomed by the user: a resize leaves the zoom alone.
              MapViews.press(view, javafx.scene.input.KeyCode.PLUS);
              double zoomed = view.zoom();
              root.resize(1000, 700);
              root.layout();
              return new double[] {wide, narrow, lane.getMaxX(), gatewayLeft, zoomed, view.zoom()};
            });
    assertThat(seen[1]).as("fitted smaller").isLessThan(seen[0]);
    assertThat(seen[2]).as("the last lane's right edge").isLessThanOrEqualTo(700);
    assertThat(seen[3]).as("the gateway's left edge").isGreaterThanOrEqualTo(0);
    assertThat(seen[5]).as("the user's zoom").isEqualTo(seen[4]);
  }

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
