package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.FabricSnapshot;
import dev.weft.ui.map.MapGeometry.Size;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The view model lays the lanes out in as many columns as the view's room fits largest, without
/// a stage: the view only tells it the room.
class MapViewModelColumnsTest {
  private final MapLayoutEngine engine = new MapLayoutEngine();
  private final MapViewModel vm = new MapViewModel(engine);

  private static FabricSnapshot fiveByFour() {
    return SampleSnapshots.large(5, 4, Samples.NOW);
  }

  private int columns() {
    return vm.layoutProperty().get().columns();
  }

  @Test
  void withoutARoomTheLanesStack() {
    vm.apply(fiveByFour());
    assertThat(columns()).isEqualTo(1);
  }

  @Test
  void aWideRoomLaysFiveZonesOutInTwoColumns() {
    vm.apply(fiveByFour());
    // The map's room in a 1440 × 900 window with both side panels.
    vm.fitInto(new FitRoom(1037, 491, 1));
    assertThat(columns()).isEqualTo(2);
    MapLayout stacked = engine.layout(MapShape.of(fiveByFour().fabric()), 1);
    FitRoom room = new FitRoom(1037, 491, 1);
    assertThat(room.zoom(size(vm.layoutProperty().get())))
        .isGreaterThan(1.4 * room.zoom(size(stacked)));
  }

  @Test
  void aNarrowOrTallRoomKeepsThemStacked() {
    vm.apply(fiveByFour());
    vm.fitInto(new FitRoom(700, 1200, 1));
    assertThat(columns()).isEqualTo(1);
    vm.fitInto(new FitRoom(900, 1500, 1));
    assertThat(columns()).isEqualTo(1);
  }

  @Test
  void aRoomKnownBeforeTheFirstSnapshotLaysItOutInColumnsAtOnce() {
    vm.fitInto(new FitRoom(1037, 491, 1));
    List<MapLayout> published = new ArrayList<>();
    vm.layoutProperty().addListener((o, a, b) -> published.add(b));
    vm.apply(fiveByFour());
    assertThat(published).hasSize(1);
    assertThat(columns()).isEqualTo(2);
  }

  /// Dragged across the size where one and two columns fit the same, the layout changes once
  /// each way, each time only when the other count gains 15 % of zoom.
  @Test
  void nearTheTieTheCountInUseIsKept() {
    vm.apply(fiveByFour());
    MapShape shape = MapShape.of(fiveByFour().fabric());
    Size one = engine.size(shape, 1);
    Size two = engine.size(shape, 2);
    double height = 700;
    List<MapLayout> published = new ArrayList<>();
    vm.layoutProperty().addListener((o, a, b) -> published.add(b));

    vm.fitInto(roomWhereTwoGains(1.10, one, two, height));
    assertThat(columns()).as("10 % larger is not enough").isEqualTo(1);
    vm.fitInto(roomWhereTwoGains(1.16, one, two, height));
    assertThat(columns()).isEqualTo(2);
    vm.fitInto(roomWhereTwoGains(1.0, one, two, height));
    vm.fitInto(roomWhereTwoGains(1 / 1.10, one, two, height));
    assertThat(columns()).as("back past the tie, but by less than 15 %").isEqualTo(2);
    vm.fitInto(roomWhereTwoGains(1 / 1.16, one, two, height));
    assertThat(columns()).isEqualTo(1);
    assertThat(published).extracting(MapLayout::columns).containsExactly(2, 1);
  }

  /// A room `height` high and as wide as makes two columns fit `gain` times one column's zoom.
  private static FitRoom roomWhereTwoGains(double gain, Size one, Size two, double height) {
    double low = 100;
    double high = 10_000;
    for (int i = 0; i < 100; i++) {
      double width = (low + high) / 2;
      FitRoom room = new FitRoom(width, height, 10);
      if (room.zoom(two) / room.zoom(one) < gain) {
        low = width;
      } else {
        high = width;
      }
    }
    return new FitRoom(high, height, 10);
  }

  /// What the benchmarks measure must not change: their large fabrics stay in one column in the
  /// map's room in a 950 × 900 and a 1440 × 900 window, side panels shown or hidden.
  @ParameterizedTest(name = "{0} × {1} in {2} × {3}")
  @CsvSource({
    "10, 50, 660, 491",
    "10, 50, 1037, 491",
    "10, 50, 950, 700",
    "10, 50, 1440, 700",
    "20, 100, 660, 491",
    "20, 100, 1037, 491",
    "20, 100, 950, 700",
    "20, 100, 1440, 700"
  })
  void largeFabricsStayInOneColumn(int zones, int apps, double width, double height) {
    vm.apply(SampleSnapshots.large(zones, apps, Samples.NOW));
    vm.fitInto(new FitRoom(width, height, 1));
    assertThat(columns()).isEqualTo(1);
  }

  @Test
  void anotherCountKeepsEveryViewModelTheSelectionAndTheEdgesStates() {
    vm.apply(Samples.incident());
    vm.selection().select("app2@sh-1");
    PlacementViewModel app2 = vm.placement("app2@gz-1").orElseThrow();
    ZoneLaneViewModel lane = vm.lanes().getFirst();
    long laidOut = engine.graphsLaidOut();

    vm.fitInto(new FitRoom(2200, 300, 1));

    assertThat(columns()).isEqualTo(2);
    assertThat(engine.graphsLaidOut()).as("only the lanes placed again").isEqualTo(laidOut);
    assertThat(vm.placement("app2@gz-1")).containsSame(app2);
    assertThat(vm.lanes().getFirst()).isSameAs(lane);
    assertThat(vm.selection().selectedIdProperty().get()).isEqualTo("app2@sh-1");
    assertThat(vm.placement("app2@sh-1").orElseThrow().selectedProperty().get()).isTrue();
    assertThat(vm.dependencies())
        .filteredOn(d -> d.route().from().equals("app1@gz-1"))
        .extracting(d -> d.stateProperty().get())
        .containsExactly(EdgeState.BYPASSED);
    // The edges follow the lanes: each starts at its caller's new box.
    for (DependencyEdgeViewModel edge : vm.dependencies()) {
      var from = vm.layoutProperty().get().placement(edge.route().from()).orElseThrow();
      assertThat(edge.route().points().getFirst().x()).isEqualTo(from.maxX());
    }
    // The same room again publishes nothing.
    MapLayout shown = vm.layoutProperty().get();
    vm.fitInto(new FitRoom(2200, 300, 1));
    assertThat(vm.layoutProperty().get()).isSameAs(shown);
  }

  /// Arrow keys move to the neighbour on the map as drawn: right from a lane's last app into the
  /// lane beside it, down into the lane below, left back across the gutter.
  @Test
  void arrowKeysMoveBetweenNeighbouringLanesInTheGrid() {
    vm.apply(fiveByFour());
    vm.fitInto(new FitRoom(1037, 491, 1));
    assertThat(columns()).isEqualTo(2);
    MapSelection selection = vm.selection();
    selection.select("partner-api@gz-1");
    selection.move(NavigationDirection.RIGHT);
    assertThat(selection.selectedIdProperty().get()).endsWith("@sh-1");
    selection.select("web-bff@sh-1");
    selection.move(NavigationDirection.DOWN);
    assertThat(selection.selectedIdProperty().get()).isEqualTo("mobile-bff@cd-1");
    selection.move(NavigationDirection.LEFT);
    assertThat(selection.selectedIdProperty().get()).endsWith("@bj-1");
    selection.select("web-bff@bj-1");
    selection.move(NavigationDirection.DOWN);
    assertThat(selection.selectedIdProperty().get()).isEqualTo("mobile-bff@hz-1");
  }

  private static Size size(MapLayout layout) {
    return new Size(layout.width(), layout.height());
  }
}
