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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/// At 5 zones × 4 apps, ten pods each: every label fits inside its node, every node inside its
/// lane, and the map's smallest text is 12 px at 1:1.
class PlacementFitTest {
  private static FabricSnapshot fiveByFour() {
    Fabric fabric = SampleSnapshots.largeFabric(5, 4);
    SnapshotBuilder b = new SnapshotBuilder(fabric, Instant.now());
    for (var zone : fabric.zones()) {
      for (App app : fabric.apps()) {
        b.placement(
            app.name(), zone.name(), 10, 10, "3.2.0", 2, "3.3.0-rc2", 12, Health.HEALTHY, null);
      }
    }
    return b.build(1);
  }

  @Test
  void labelsStayInsideTheirNodeAndNodesInsideTheirLane() {
    List<String> spills =
        HeadlessFx.call(
            () -> {
              MapViewModel vm = new MapViewModel(new MapLayoutEngine());
              vm.apply(fiveByFour());
              MapCanvas canvas = new MapCanvas(vm);
              StackPane root = new StackPane(canvas);
              Theme.LIGHT.applyTo(root);
              new Scene(root);
              root.applyCss();
              root.layout();
              List<String> out = new ArrayList<>();
              for (Node n : canvas.lookupAll(".placement")) {
                Bounds node = n.localToScene(n.getLayoutBounds());
                for (Node label : n.lookupAll(".label")) {
                  if (!label.isVisible() || ((Label) label).getText().isEmpty()) {
                    continue;
                  }
                  Bounds b = label.localToScene(label.getLayoutBounds());
                  if (b.getMaxX() > node.getMaxX() - 1 || b.getMinX() < node.getMinX()) {
                    out.add(n.getId() + " " + ((Label) label).getText() + " " + b + " " + node);
                  }
                }
                String zone =
                    n.getId().substring(n.getId().lastIndexOf("-", n.getId().length() - 3));
                Node lane =
                    canvas.lookupAll(".lane").stream()
                        .filter(l -> n.getId().endsWith(l.getId().substring("lane".length())))
                        .findFirst()
                        .orElseThrow();
                Bounds l = lane.localToScene(lane.getLayoutBounds());
                if (!l.contains(node)) {
                  out.add(n.getId() + " outside " + lane.getId() + " " + zone);
                }
              }
              return out;
            });
    assertThat(spills).isEmpty();
  }

  @Test
  void theSmallestMapTextIsTwelvePixelsAtOneToOne() {
    double smallest =
        HeadlessFx.call(
            () -> {
              MapViewModel vm = new MapViewModel(new MapLayoutEngine());
              vm.apply(fiveByFour());
              MapCanvas canvas = new MapCanvas(vm);
              StackPane root = new StackPane(canvas);
              Theme.LIGHT.applyTo(root);
              new Scene(root);
              root.applyCss();
              double min = Double.MAX_VALUE;
              for (Node n : canvas.lookupAll(".label")) {
                // The health glyph is a symbol inside its shape; the shape and colour tell it.
                if (!((Label) n).getText().isEmpty()
                    && !n.getStyleClass().contains("health-icon")) {
                  min = Math.min(min, ((Label) n).getFont().getSize());
                }
              }
              return min;
            });
    assertThat(smallest).isGreaterThanOrEqualTo(12.0);
  }

  /// As the demo's fabric has it: each region lists every zone, nearest first.
  private static FabricSnapshot everyRegionListingEveryZone(int zoneCount) {
    Fabric base = SampleSnapshots.largeFabric(zoneCount, 3);
    Map<String, List<String>> regions = new LinkedHashMap<>();
    for (String region : base.regions().keySet()) {
      regions.put(region, base.zones().stream().map(Zone::name).toList());
    }
    Fabric fabric =
        new Fabric(
            base.source(),
            base.name(),
            base.kubeconfig(),
            base.gateway(),
            base.zones(),
            regions,
            base.apps(),
            base.canary());
    SnapshotBuilder b = new SnapshotBuilder(fabric, Instant.now());
    for (Zone zone : fabric.zones()) {
      for (App app : fabric.apps()) {
        b.healthy(app.name(), zone.name(), 3, "1.0.0");
      }
    }
    return b.build(1);
  }

  @Test
  void everyRegionRouteStaysInsideTheGatewayCardUpToTenZones() {
    for (int zones : new int[] {3, 5, 10}) {
      List<String> spills =
          HeadlessFx.call(
              () -> {
                MapViewModel vm = new MapViewModel(new MapLayoutEngine());
                vm.apply(everyRegionListingEveryZone(zones));
                MapCanvas canvas = new MapCanvas(vm);
                StackPane root = new StackPane(canvas);
                Theme.LIGHT.applyTo(root);
                new Scene(root);
                root.applyCss();
                root.layout();
                Node card = canvas.lookup("#gateway");
                Bounds box = card.localToScene(card.getLayoutBounds());
                List<String> out = new ArrayList<>();
                for (Node line : card.lookupAll(".gateway-region")) {
                  Bounds b = line.localToScene(line.getLayoutBounds());
                  if (b.getMaxY() > box.getMaxY() - 8) {
                    out.add(zones + " zones: " + ((Label) line).getText() + " " + b + " " + box);
                  }
                }
                return out;
              });
      assertThat(spills).isEmpty();
    }
  }
}
