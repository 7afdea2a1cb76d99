package dev.weft.ui.statusbar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.ConnectionState;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.export.HeadlessFx;
import dev.weft.ui.testing.Samples;
import dev.weft.ui.theme.Theme;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/// The status bar sits under the map: when it changes height, the map above moves and is
/// fitted and drawn again.
class StatusBarViewTest {
  /// Ten zones wrap onto several lines. The zones' round-trips flapping between 9 ms and 1234 ms
  /// moves the map at most once (the first time the chips grow), never back and forth.
  @Test
  void aFlappingLatencyDoesNotMoveTheMapAboveBackAndForth() {
    List<Double> mapHeights =
        HeadlessFx.call(
            () -> {
              StatusBarViewModel vm = new StatusBarViewModel();
              StatusBarView bar = new StatusBarView(vm);
              Region map = new Region();
              BorderPane root = new BorderPane(map);
              root.setBottom(bar);
              Theme.LIGHT.applyTo(root);
              new Scene(new javafx.scene.Group(root));
              FabricSnapshot large = Samples.large();
              // As wide as the first three chips at 9 ms: the third wraps when they grow.
              vm.apply(withLatency(large, 9));
              root.applyCss();
              double width = bar.snappedLeftInset() + bar.snappedRightInset() + 2 * bar.getHgap();
              for (int i = 0; i < 3; i++) {
                width += bar.getChildren().get(i).prefWidth(-1);
              }
              List<Double> heights = new ArrayList<>();
              for (long millis : new long[] {9, 9, 1234, 9, 1234, 9}) {
                vm.apply(withLatency(large, millis));
                root.resize(width + 1, 500);
                root.applyCss();
                root.layout();
                heights.add(map.getHeight());
              }
              return heights;
            });
    assertThat(mapHeights.get(0)).isGreaterThan(300);
    // The chips did grow onto one more line (else this test would test nothing)...
    assertThat(mapHeights.get(2)).isLessThan(mapHeights.get(0));
    // ...and after that first growth, the map keeps its height whatever the latency says.
    assertThat(mapHeights.subList(2, mapHeights.size())).containsOnly(mapHeights.get(2));
    assertThat(mapHeights.get(1)).isEqualTo(mapHeights.get(0));
  }

  /// A chip fits its words again when its zone's phase changes: kept as wide as its first
  /// slow probe while syncing made it ("Syncing · 812 ms · never"), five live zones took two
  /// lines under the map.
  @Test
  void aChipFitsItsWordsAgainWhenItsZonesPhaseChanges() {
    double[] widths =
        HeadlessFx.call(
            () -> {
              StatusBarViewModel vm = new StatusBarViewModel();
              StatusBarView bar = new StatusBarView(vm);
              BorderPane root = new BorderPane(new Region());
              root.setBottom(bar);
              Theme.LIGHT.applyTo(root);
              new Scene(root, 1400, 300);
              FabricSnapshot healthy = Samples.healthy();
              List<Double> seen = new ArrayList<>();
              for (FabricSnapshot s :
                  List.of(
                      withPhase(withLatency(healthy, 1234), ConnectionPhase.SYNCING),
                      withLatency(healthy, 9),
                      withLatency(healthy, 1234),
                      withLatency(healthy, 9))) {
                vm.apply(s);
                root.applyCss();
                root.layout();
                seen.add(((Region) bar.lookup("#chip-gz-1")).getWidth());
              }
              return seen.stream().mapToDouble(Double::doubleValue).toArray();
            });
    assertThat(widths[1]).as("live, after syncing").isLessThan(widths[0]);
    // Within a phase it still never narrows.
    assertThat(widths[2]).as("a slow probe").isGreaterThan(widths[1]);
    assertThat(widths[3]).as("a fast one again").isEqualTo(widths[2]);
  }

  private static FabricSnapshot withPhase(FabricSnapshot s, ConnectionPhase phase) {
    SequencedMap<String, ZoneSnapshot> zones = new LinkedHashMap<>();
    for (ZoneSnapshot z : s.zones().values()) {
      ConnectionState c = z.connection();
      ConnectionState p =
          new ConnectionState(phase, c.reason(), c.since(), Optional.empty(), c.apiLatency());
      zones.put(z.name(), new ZoneSnapshot(z.name(), p, z.health(), z.placements()));
    }
    return new FabricSnapshot(s.fabric(), s.version() + 1, s.at(), zones, s.gateway());
  }

  /// `s` with every zone's round-trip `millis`.
  private static FabricSnapshot withLatency(FabricSnapshot s, long millis) {
    SequencedMap<String, ZoneSnapshot> zones = new LinkedHashMap<>();
    for (ZoneSnapshot z : s.zones().values()) {
      ConnectionState c = z.connection();
      ConnectionState latency =
          new ConnectionState(
              c.phase(),
              c.reason(),
              c.since(),
              c.lastEventAt(),
              Optional.of(Duration.ofMillis(millis)),
              c.unreadable());
      zones.put(z.name(), new ZoneSnapshot(z.name(), latency, z.health(), z.placements()));
    }
    return new FabricSnapshot(s.fabric(), s.version() + 1, s.at(), zones, s.gateway());
  }
}
