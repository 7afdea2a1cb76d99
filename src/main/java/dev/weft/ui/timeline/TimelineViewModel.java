package dev.weft.ui.timeline;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.WarningEvent;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SequencedSet;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/// Health transitions and warning events across all zones, newest first, bounded, filterable by
/// zone and app. Choosing an entry asks the map to select its placement.
///
/// Threading: FX thread only (or one test thread).
public final class TimelineViewModel {
  static final int MAX_ENTRIES = 500;
  private static final int MAX_SEEN = 5000;
  private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<TimelineEntry> visible = new FilteredList<>(entries);
  private final StringProperty zoneFilter = new SimpleStringProperty("");
  private final StringProperty appFilter = new SimpleStringProperty("");
  private final ObservableList<String> zones = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<String> zonesView = FXCollections.unmodifiableObservableList(zones);
  private final ObservableList<String> apps = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<String> appsView = FXCollections.unmodifiableObservableList(apps);
  private final SequencedSet<WarningEvent> seenWarnings = new LinkedHashSet<>();
  private final Consumer<String> selectPlacement;
  private FabricSnapshot previous;

  /// @param selectPlacement called with `app@zone` when the user chooses an entry
  public TimelineViewModel(Consumer<String> selectPlacement) {
    this.selectPlacement = selectPlacement;
    zoneFilter.addListener((o, a, b) -> refilter());
    appFilter.addListener((o, a, b) -> refilter());
  }

  public void apply(FabricSnapshot snapshot) {
    if (previous == null || !previous.fabric().equals(snapshot.fabric())) {
      zones.setAll(snapshot.zones().keySet());
      apps.setAll(snapshot.fabric().apps().stream().map(a -> a.name()).toList());
    }
    List<TimelineEntry> fresh = new ArrayList<>();
    for (HealthTransition t : HealthTransition.between(previous, snapshot)) {
      String text =
          Messages.get("timeline.transition", t.placementId(), word(t.from()), word(t.to()));
      fresh.add(
          new TimelineEntry(
              t.at(), t.zone(), t.app(), TimelineEntry.Kind.TRANSITION, t.to(), text));
    }
    for (ZoneSnapshot zone : snapshot.zones().values()) {
      for (PlacementSnapshot p : zone.placements().values()) {
        for (WarningEvent w : p.warnings()) {
          if (seenWarnings.add(w)) {
            String text = w.reason() + ": " + w.message() + " (" + w.object() + ")";
            fresh.add(
                new TimelineEntry(
                    w.at(), w.zone(), w.app(), TimelineEntry.Kind.WARNING, null, text));
          }
        }
      }
    }
    while (seenWarnings.size() > MAX_SEEN) {
      seenWarnings.removeFirst();
    }
    previous = snapshot;
    if (fresh.isEmpty()) {
      return;
    }
    fresh.sort(Comparator.comparing(TimelineEntry::at).reversed());
    entries.addAll(0, fresh);
    entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
    if (entries.size() > MAX_ENTRIES) {
      entries.remove(MAX_ENTRIES, entries.size());
    }
  }

  /// The user chose `entry` (click or Enter): select its node on the map.
  public void choose(TimelineEntry entry) {
    if (entry != null) {
      selectPlacement.accept(entry.placementId());
    }
  }

  private void refilter() {
    String zone = zoneFilter.get();
    String app = appFilter.get();
    visible.setPredicate(
        e ->
            (zone == null || zone.isEmpty() || e.zone().equals(zone))
                && (app == null || app.isEmpty() || e.app().equals(app)));
  }

  private static String word(dev.weft.state.Health h) {
    return Messages.get("health." + h.name().toLowerCase(Locale.ROOT));
  }

  /// Entries passing the filters, newest first.
  public ObservableList<TimelineEntry> visibleEntries() {
    return visible;
  }

  /// Zone to show; empty for all.
  public StringProperty zoneFilterProperty() {
    return zoneFilter;
  }

  /// App to show; empty for all.
  public StringProperty appFilterProperty() {
    return appFilter;
  }

  public ObservableList<String> zones() {
    return zonesView;
  }

  public ObservableList<String> apps() {
    return appsView;
  }
}
