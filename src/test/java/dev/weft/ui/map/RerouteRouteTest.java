package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.testing.Samples;
import org.junit.jupiter.api.Test;

/// A reroute edge never runs across the cards and lane headers between its ends when the lanes
/// sit side by side: in a grid, `app1@gz-1 → app2@sh-1` used to run level across gz-1's app2 and
/// app3 and over sh-1's header.
class RerouteRouteTest {
  private final MapLayoutEngine engine = new MapLayoutEngine();
  private final MapShape shape = MapShape.of(Samples.healthy().fabric());

  @Test
  void besideEachOtherInAGridTheRerouteGoesRoundTheRowNotAcrossIt() {
    MapLayout grid = engine.layout(shape, 2);
    String from = "app1@" + shape.zones().get(0);
    String to = "app2@" + shape.zones().get(1);
    assertThat(grid.lanes().get(1).bounds().y()).isEqualTo(grid.lanes().get(0).bounds().y());

    RerouteRoute route = RerouteRoute.of(grid, from, to).orElseThrow();

    assertThat(route.vertical()).isTrue();
    assertThat(route.crossings(grid, from, to)).isZero();
  }

  @Test
  void stackedLanesKeepTheSCurveThroughTheGapBetweenThem() {
    MapLayout stacked = engine.layout(shape, 1);
    String from = "app1@" + shape.zones().get(0);
    String to = "app2@" + shape.zones().get(1);

    RerouteRoute route = RerouteRoute.of(stacked, from, to).orElseThrow();

    assertThat(route.vertical()).isFalse();
    assertThat(route.p0().x()).isEqualTo(stacked.placement(from).orElseThrow().maxX());
    assertThat(route.p3().x()).isEqualTo(stacked.placement(to).orElseThrow().x());
  }
}
