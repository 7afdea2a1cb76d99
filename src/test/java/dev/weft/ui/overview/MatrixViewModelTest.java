package dev.weft.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.ui.map.MapLayoutEngine;
import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.map.NavigationDirection;
import dev.weft.ui.testing.Samples;
import org.junit.jupiter.api.Test;

class MatrixViewModelTest {
  private final MapViewModel map = new MapViewModel(new MapLayoutEngine());
  private final MatrixViewModel vm = new MatrixViewModel(map);

  private void apply(FabricSnapshot s) {
    // As the shell does: the map first, whose canary and stale marks the matrix reads.
    map.apply(s);
    vm.apply(s);
  }

  @Test
  void aLargeFabricOpensOnTheMatrixAndASmallOneOnTheMap() {
    apply(Samples.large());
    assertThat(vm.rows()).isEqualTo(50);
    assertThat(vm.columns()).isEqualTo(10);
    assertThat(vm.showingProperty().get()).isTrue();
    vm.showingProperty().set(false);
    apply(Samples.large());
    assertThat(vm.showingProperty().get())
        .as("the user's choice holds for the same fabric")
        .isFalse();
    apply(Samples.healthy());
    assertThat(vm.columns() * vm.rows()).isEqualTo(9);
    assertThat(vm.showingProperty().get()).isFalse();
  }

  @Test
  void cellsShowHealthReasonCanaryAndReroute() {
    apply(Samples.incident());
    MatrixCell down = vm.cell(vm.apps().indexOf("app2"), vm.zones().indexOf("gz-1"));
    assertThat(down.health()).isEqualTo(Health.DOWN);
    assertThat(down.summary()).contains("app2", "gz-1", "down", "0/");
    MatrixCell rerouted = vm.cell(vm.apps().indexOf("app1"), vm.zones().indexOf("gz-1"));
    assertThat(rerouted.reroutedTo()).isEqualTo("sh-1");
    assertThat(rerouted.summary()).contains("rerouted \u2192 sh-1");
    long canaries =
        vm.zones().stream()
            .flatMap(
                z ->
                    vm.apps().stream()
                        .map(a -> vm.cell(vm.apps().indexOf(a), vm.zones().indexOf(z))))
            .filter(MatrixCell::canary)
            .count();
    assertThat(canaries).isEqualTo(1);
    assertThat(vm.captionProperty().get()).startsWith("3 zones \u00d7 3 apps: 1 down");
  }

  @Test
  void whileTheMapShowsTheMatrixWaitsAndShowsTheLatestWhenShown() {
    FabricSnapshot before = Samples.large();
    apply(before);
    vm.showingProperty().set(false);
    long seen = vm.changeProperty().get().seq();
    FabricSnapshot after = Samples.edit(before, "web-bff", "sh-1", Samples::podDeleted);
    apply(after);
    int index = vm.index(vm.apps().indexOf("web-bff"), vm.zones().indexOf("sh-1"));
    assertThat(vm.changeProperty().get().seq()).as("no work for a hidden matrix").isEqualTo(seen);
    vm.showingProperty().set(true);
    assertThat(vm.cell(index).health()).isEqualTo(Health.DEGRADED);
    assertThat(vm.changeProperty().get().cells()).containsExactly(index);
  }

  @Test
  void aStaleZoneFadesItsCellsAndSaysSoInItsHeading() {
    apply(Samples.large());
    int stale = vm.zones().size() - 2;
    assertThat(vm.zoneNote(stale)).isEqualTo("stale");
    assertThat(vm.cell(0, stale).stale()).isTrue();
    assertThat(vm.cell(0, stale).summary()).contains("last known");
    assertThat(vm.zoneNote(vm.zones().size() - 1)).isEqualTo("unreachable");
    assertThat(vm.zoneNote(0)).isEmpty();
  }

  @Test
  void onlyTheCellWhosePlacementChangedIsNamedInTheChange() {
    FabricSnapshot before = Samples.large();
    apply(before);
    assertThat(vm.changeProperty().get().reshaped()).isTrue();
    FabricSnapshot after = Samples.edit(before, "web-bff", "sh-1", Samples::podDeleted);
    apply(after);
    MatrixChange change = vm.changeProperty().get();
    int index = vm.index(vm.apps().indexOf("web-bff"), vm.zones().indexOf("sh-1"));
    assertThat(change.reshaped()).isFalse();
    assertThat(change.cells()).containsExactly(index);
    assertThat(vm.cell(index).health()).isEqualTo(Health.DEGRADED);
    MatrixChange last = vm.changeProperty().get();
    apply(after);
    assertThat(vm.changeProperty().get()).as("nothing changed, nothing to redraw").isSameAs(last);
  }

  @Test
  void selectionIsTheMapsAndArrowsMoveAcrossZonesAndApps() {
    apply(Samples.large());
    vm.move(NavigationDirection.RIGHT);
    assertThat(vm.selectedProperty().get()).as("nothing selected: the first cell").isZero();
    vm.move(NavigationDirection.RIGHT);
    vm.move(NavigationDirection.DOWN);
    String expected = vm.apps().get(1) + "@" + vm.zones().get(1);
    assertThat(map.selection().selectedIdProperty().get()).isEqualTo(expected);
    assertThat(vm.selectedSummaryProperty().get()).startsWith(vm.apps().get(1) + " in ");
    vm.move(NavigationDirection.UP);
    vm.move(NavigationDirection.UP);
    assertThat(vm.selectedProperty().get()).as("stops at the top").isEqualTo(vm.index(0, 1));
    vm.moveToRowEdge(true);
    assertThat(vm.selectedProperty().get()).isEqualTo(vm.index(0, 9));
    vm.moveRows(20);
    assertThat(vm.selectedProperty().get()).isEqualTo(vm.index(20, 9));
    map.selection().select(vm.apps().get(3) + "@" + vm.zones().get(2));
    assertThat(vm.selectedProperty().get()).as("follows the map").isEqualTo(vm.index(3, 2));
    vm.showOnMap();
    assertThat(vm.showingProperty().get()).isFalse();
  }

  @Test
  void theSelectedCellsWordsFollowAChangeThatDoesNotChangeItsLook() {
    FabricSnapshot once = Samples.edit(Samples.large(), "web-bff", "sh-1", Samples::podDeleted);
    apply(once);
    map.selection().select("web-bff@sh-1");
    String before = vm.selectedSummaryProperty().get();
    MatrixChange last = vm.changeProperty().get();
    apply(Samples.edit(once, "web-bff", "sh-1", Samples::podDeleted));
    assertThat(vm.changeProperty().get()).as("still degraded: nothing to redraw").isSameAs(last);
    assertThat(vm.selectedSummaryProperty().get()).isNotEqualTo(before).contains("degraded");
  }
}
