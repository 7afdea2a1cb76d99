package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.testing.Samples;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The folded trouble notice sits in the map's top band, left of the toolbar. In a window under
/// about 1,100 px it covered the search field's start; now the search field gives way, and the
/// buttons keep their words.
class MapToolbarRoomTest {
  record Seen(double toolbarLeft, double searchWidth, double searchPref, double unhealthyWidth) {}

  @ParameterizedTest(name = "map {0} px wide, {1} px taken at the top left")
  @CsvSource({"640, 220, true", "1200, 220, false", "640, 0, false"})
  void theSearchFieldGivesWayToTheFoldedNotice(double width, double taken, boolean narrowed) {
    Seen seen =
        HeadlessFx.call(
            () -> {
              MapView view = MapViews.shown(Samples.healthy(), width, 600);
              view.topLeftTakenProperty().set(taken);
              view.getParent().layout();
              Node toolbar = view.lookup("#map-toolbar");
              Bounds bar = toolbar.localToScene(toolbar.getLayoutBounds());
              javafx.scene.control.TextField search =
                  (javafx.scene.control.TextField) view.lookup("#map-search");
              javafx.scene.control.Control unhealthy =
                  (javafx.scene.control.Control) view.lookup("#map-only-unhealthy");
              return new Seen(
                  bar.getMinX(),
                  search.getWidth(),
                  search.prefWidth(-1),
                  unhealthy.getWidth() - unhealthy.prefWidth(-1));
            });
    assertThat(seen.toolbarLeft()).as("the toolbar's left edge").isGreaterThanOrEqualTo(taken);
    if (narrowed) {
      assertThat(seen.searchWidth()).isLessThan(seen.searchPref() - 20).isGreaterThanOrEqualTo(110);
    } else {
      assertThat(seen.searchWidth()).isCloseTo(seen.searchPref(), within(1.0));
    }
    // Widths are snapped to whole pixels.
    assertThat(seen.unhealthyWidth()).as("'Only unhealthy' keeps its words").isGreaterThan(-1);
  }
}
