package dev.weft.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.map.MapGeometry.Box;
import dev.weft.ui.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
