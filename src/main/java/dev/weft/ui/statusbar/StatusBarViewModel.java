package dev.weft.ui.statusbar;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.ZoneSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The status bar: one chip per zone, in fabric order.
///
/// Threading: FX thread only (or one test thread).
public final class StatusBarViewModel {
  private final ObservableList<ZoneChipViewModel> chips = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<ZoneChipViewModel> chipsView =
      FXCollections.unmodifiableObservableList(chips);

  public void apply(FabricSnapshot snapshot) {
    List<String> names = new ArrayList<>(snapshot.zones().keySet());
    if (!names.equals(chips.stream().map(ZoneChipViewModel::zone).toList())) {
      chips.setAll(names.stream().map(ZoneChipViewModel::new).toList());
    }
    for (ZoneChipViewModel chip : chips) {
      ZoneSnapshot zone = snapshot.zones().get(chip.zone());
      chip.update(zone.connection(), snapshot.at());
    }
  }

  /// Refreshes ages; call about once a second.
  public void tick(Instant now) {
    chips.forEach(c -> c.tick(now));
  }

  public ObservableList<ZoneChipViewModel> chips() {
    return chipsView;
  }
}
