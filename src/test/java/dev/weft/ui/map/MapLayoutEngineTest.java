package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.map.MapGeometry.Lane;
import dev.weft.ui.map.MapGeometry.Point;
import dev.weft.ui.sample.SampleSnapshots;
import dev.weft.ui.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapLayoutEngineTest {
  private final MapLayoutEngine engine = new MapLayoutEngine();

  @Test
  void chainIsDrawnLeftToRightInEveryLaneWithLanesStacked() {
    MapLayout layout = engine.layout(MapShape.of(Samples.healthy().fabric()));
    assertThat(layout.placements()).hasSize(9);
    for (String zone : List.of("gz-1", "sh-1", "bj-1")) {
      Box a1 = layout.placement("app1@" + zone).orElseThrow();
      Box a2 = layout.placement("app2@" + zone).orElseThrow();
      Box a3 = layout.placement("app3@" + zone).orElseThrow();
      assertThat(a1.maxX()).isLessThan(a2.x());
      assertThat(a2.maxX()).isLessThan(a3.x());
      assertThat(layout.lane(zone).orElseThrow().bounds().x())
          .isGreaterThan(layout.gateway().maxX());
    }
    assertThat(layout.lanes().get(0).bounds().maxY())
        .isLessThan(layout.lanes().get(1).bounds().y());
    assertThat(layout.dependencies()).hasSize(6);
  }

  @Test
  void positionsDependOnTheShapeOnlyNotOnHealth() {
    MapLayout healthy = engine.layout(MapShape.of(Samples.healthy().fabric()));
    MapLayout incident = engine.layout(MapShape.of(Samples.incident().fabric()));
    assertThat(incident.placements()).isEqualTo(healthy.placements());
    assertThat(incident.dependencies()).isEqualTo(healthy.dependencies());
  }

  @Test
  void largeDagHasNoOverlappingNodes() {
    MapLayout layout = engine.layout(MapShape.of(Samples.large().fabric()));
    assertThat(layout.compact()).isTrue();
    assertThat(layout.placements()).hasSize(500);
    List<Box> boxes = new ArrayList<>(layout.placements().values());
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Box a = boxes.get(i);
        Box b = boxes.get(j);
        boolean overlap =
            a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
        assertThat(overlap).as("%s overlaps %s", a, b).isFalse();
      }
    }
  }

  private static MapShape shape(int zones, int apps) {
    return MapShape.of(SampleSnapshots.largeFabric(zones, apps));
  }

  @Test
  void oneColumnIsTheStackOfLanes() {
    MapShape shape = shape(5, 4);
    MapLayout stacked = engine.layout(shape);
    assertThat(engine.layout(shape, 1)).isEqualTo(stacked);
    assertThat(stacked.columns()).isEqualTo(1);
    assertThat(stacked.lanes())
        .extracting(l -> l.bounds().x())
        .containsOnly(MapLayoutEngine.LANE_X);
    assertThat(engine.size(shape, 1).width()).isEqualTo(stacked.width());
    assertThat(engine.size(shape, 1).height()).isEqualTo(stacked.height());
  }

  @Test
  void twoColumnsFillRowsInFabricOrderAndKeepEveryPlacementInItsLane() {
    MapShape shape = shape(5, 4);
    MapLayout grid = engine.layout(shape, 2);
    assertThat(grid.columns()).isEqualTo(2);
    List<Lane> lanes = grid.lanes();
    // Row by row, left to right: gz-1 sh-1 / bj-1 cd-1 / hz-1.
    assertThat(lanes.get(1).bounds().x()).isGreaterThan(lanes.get(0).bounds().maxX());
    assertThat(lanes.get(1).bounds().y()).isEqualTo(lanes.get(0).bounds().y());
    assertThat(lanes.get(2).bounds().x()).isEqualTo(lanes.get(0).bounds().x());
    assertThat(lanes.get(2).bounds().y()).isGreaterThan(lanes.get(0).bounds().maxY());
    for (int i = 0; i < lanes.size(); i++) {
      for (int j = i + 1; j < lanes.size(); j++) {
        assertThat(overlap(lanes.get(i).bounds(), lanes.get(j).bounds()))
            .as("%s overlaps %s", lanes.get(i).zone(), lanes.get(j).zone())
            .isFalse();
      }
    }
    Box map = new Box(0, 0, grid.width(), grid.height());
    assertThat(inside(grid.gateway(), map)).isTrue();
    for (Lane lane : lanes) {
      assertThat(inside(lane.bounds(), map)).as(lane.zone()).isTrue();
      for (var app : shape.apps()) {
        Box box = grid.placement(app.name() + "@" + lane.zone()).orElseThrow();
        assertThat(inside(box, lane.bounds())).as("%s@%s", app.name(), lane.zone()).isTrue();
      }
    }
    for (GatewayRoute route : grid.gatewayRoutes()) {
      for (Point p : route.sample(2)) {
        assertThat(p.x() >= 0 && p.x() <= map.maxX() && p.y() >= 0 && p.y() <= map.maxY())
            .as("%s at %s", route.zone(), p)
            .isTrue();
      }
    }
    // Health never moves a node: the app graph is the same in each lane, wherever it is.
    Box first = grid.placement("web-bff@gz-1").orElseThrow();
    Box right = grid.placement("web-bff@sh-1").orElseThrow();
    Lane gz = lanes.get(0);
    Lane sh = lanes.get(1);
    assertThat(right.x() - sh.bounds().x()).isEqualTo(first.x() - gz.bounds().x());
    assertThat(right.y() - sh.bounds().y()).isEqualTo(first.y() - gz.bounds().y());
  }

  /// No gateway edge crosses a lane, not even with its thickest stroke (all traffic: 18 px), and
  /// none ends anywhere but at its own lane's left edge; its weight label is over no lane and no
  /// other label.
  @ParameterizedTest(name = "{0} zones × {1} apps in {2} columns")
  @CsvSource({"3, 3, 1", "5, 4, 1", "5, 4, 2", "6, 4, 2", "5, 4, 3", "7, 1, 3", "12, 2, 4"})
  void gatewayEdgesRunThroughTheGuttersNeverOverALane(int zones, int apps, int columns) {
    MapLayout layout = engine.layout(shape(zones, apps), columns);
    assertThat(layout.gatewayRoutes()).hasSize(zones);
    double halfStroke = 9;
    for (GatewayRoute route : layout.gatewayRoutes()) {
      Lane own = layout.lane(route.zone()).orElseThrow();
      assertThat(route.to()).isEqualTo(new Point(own.bounds().x(), own.bounds().centerY()));
      for (Point p : route.sample(2)) {
        for (Lane lane : layout.lanes()) {
          if (lane == own) {
            assertThat(p.x())
                .as("%s at %s", route.zone(), p)
                .isLessThanOrEqualTo(lane.bounds().x() + 1);
          } else {
            assertThat(distance(p, lane.bounds()))
                .as("%s's edge at %s passes %s", route.zone(), p, lane.zone())
                .isGreaterThanOrEqualTo(halfStroke);
          }
        }
      }
      // "100 %", as the label shows it, about 56 × 24 px: over no lane, and, in a grid, beside
      // its own lane's left edge.
      Box label = route.label().box(56, 24);
      for (Lane lane : layout.lanes()) {
        assertThat(overlap(label, lane.bounds()))
            .as("%s's label over %s", route.zone(), lane.zone())
            .isFalse();
      }
      if (columns > 1) {
        assertThat(own.bounds().x() - label.maxX()).isBetween(0.0, 60.0);
      }
      // A long reason wraps to the room the label has: three lines, over no lane either (in one
      // column, "33 % → zone unreachable" once hid the zone's name in its lane's header).
      Box wrapped = route.label().box(route.label().maxWidth(), 54);
      assertThat(route.label().maxWidth()).as("room for a label, bounded").isBetween(80.0, 400.0);
      for (Lane lane : layout.lanes()) {
        // In one column it may reach over the lane's border, short of the header's text.
        Box b = lane.bounds();
        double reach = columns == 1 ? GatewayRoute.BORDER_REACH : 0;
        Box text = new Box(b.x() + reach, b.y(), b.width() - reach, b.height());
        assertThat(overlap(wrapped, text))
            .as("%s's wrapped label over %s", route.zone(), lane.zone())
            .isFalse();
      }
    }
    // No label covers another: "20 %" over "→ zone down", two lines, as tall as 40 px.
    List<Box> labels = layout.gatewayRoutes().stream().map(r -> r.label().box(56, 40)).toList();
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        assertThat(overlap(labels.get(i), labels.get(j)))
            .as("labels of %s and %s", layout.lanes().get(i).zone(), layout.lanes().get(j).zone())
            .isFalse();
      }
    }
    // They leave the gateway card in the order they reach the lanes: no two cross there.
    List<GatewayRoute> byStart =
        layout.gatewayRoutes().stream()
            .sorted(java.util.Comparator.comparingDouble(r -> r.from().y()))
            .toList();
    for (int i = 1; i < byStart.size(); i++) {
      assertThat(byStart.get(i).join().y()).isGreaterThan(byStart.get(i - 1).join().y());
    }
  }

  @Test
  void anotherColumnCountPlacesTheLanesAgainWithoutLayingTheAppsOutAgain() {
    MapShape shape = shape(5, 4);
    engine.layout(shape);
    engine.layout(shape, 2);
    engine.size(shape, 3);
    engine.layout(shape, 1);
    assertThat(engine.graphsLaidOut()).isEqualTo(1);
    engine.layout(shape(6, 4), 2);
    assertThat(engine.graphsLaidOut()).isEqualTo(2);
  }

  private static boolean overlap(Box a, Box b) {
    return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
  }

  private static boolean inside(Box inner, Box outer) {
    return inner.x() >= outer.x()
        && inner.y() >= outer.y()
        && inner.maxX() <= outer.maxX()
        && inner.maxY() <= outer.maxY();
  }

  private static double distance(Point p, Box b) {
    double dx = Math.max(Math.max(b.x() - p.x(), 0), p.x() - b.maxX());
    double dy = Math.max(Math.max(b.y() - p.y(), 0), p.y() - b.maxY());
    return Math.hypot(dx, dy);
  }
}
