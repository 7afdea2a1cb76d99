package dev.weft.ui.timeline;

import dev.weft.state.FabricSnapshot;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.Transition;
import dev.weft.state.WarningEvent;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.TransitionCursor;
import dev.weft.ui.TransitionWords;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/// Health transitions, connection trouble and recovery, and warning events across all zones,
/// newest first, bounded, filterable by zone and app. Transitions come from the model's history
/// ([FabricSnapshot#transitions]), so a change shorter than a frame is listed too. A warning is
/// one line whose count and time follow Kubernetes' aggregated event. Choosing an entry asks
/// the map to select its placement.
///
/// Threading: FX thread only (or one test thread).
public final class TimelineViewModel {
  static final int MAX_ENTRIES = 500;
  private static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.comparing(TimelineEntry::at).reversed();
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
  /// Warning line key → the entry showing it now.
  private final Map<String, TimelineEntry> warnings = new HashMap<>();
  /// The warning lists read from the last snapshot, by identity: a placement record that did not
  /// change shares its list with the last snapshot and is not worded again (in a pod storm that
  /// was every warning of every placement, each frame).
  private Set<List<WarningEvent>> warningsRead = identitySet();
  private final TransitionCursor cursor = new TransitionCursor();
  private final Consumer<String> selectPlacement;
  private FabricSnapshot previous;
  private List<dev.weft.ui.replay.ReplaySource.Marker> actionsShown = List.of();

  /// @param selectPlacement called with `app@zone` when the user chooses an entry
  public TimelineViewModel(Consumer<String> selectPlacement) {
    this.selectPlacement = selectPlacement;
    zoneFilter.addListener((o, a, b) -> refilter());
    appFilter.addListener((o, a, b) -> refilter());
  }

  public void apply(FabricSnapshot snapshot) {
    if (previous != null && snapshot.version() < previous.version()) {
      // Replay went back in time: list what the model knew then, from its history.
      restart();
    }
    if (previous == null || !previous.fabric().equals(snapshot.fabric())) {
      zones.setAll(snapshot.zones().keySet());
      apps.setAll(snapshot.fabric().apps().stream().map(a -> a.name()).toList());
    }
    previous = snapshot;
    boolean changed = false;
    for (Transition t : cursor.next(snapshot)) {
      entries.add(entry(t));
      changed = true;
    }
    Set<List<WarningEvent>> read = identitySet();
    for (ZoneSnapshot zone : snapshot.zones().values()) {
      for (PlacementSnapshot p : zone.placements().values()) {
        List<WarningEvent> list = p.warnings();
        if (list.isEmpty() || !read.add(list) || warningsRead.contains(list)) {
          continue;
        }
        for (WarningEvent w : list) {
          changed |= warning(w);
        }
      }
    }
    warningsRead = read;
    if (!changed) {
      return;
    }
    entries.sort(NEWEST_FIRST);
    if (entries.size() > MAX_ENTRIES) {
      entries.subList(MAX_ENTRIES, entries.size()).forEach(e -> warnings.remove(e.key()));
      entries.remove(MAX_ENTRIES, entries.size());
    }
  }

  private static TimelineEntry entry(Transition t) {
    String text = TransitionWords.line(t);
    return switch (t) {
      case Transition.PlacementChanged p ->
          new TimelineEntry(
              p.at(), p.source(), p.app(), TimelineEntry.Kind.TRANSITION, p.to(), text, "");
      default ->
          new TimelineEntry(
              t.at(),
              t.source(),
              "",
              TimelineEntry.Kind.CONNECTION,
              TransitionWords.healthOf(t),
              text,
              "");
    };
  }

  /// Forgets every entry: the next snapshot (another source: replay or live again) lists what
  /// its history holds.
  public void restart() {
    entries.clear();
    warnings.clear();
    warningsRead = identitySet();
    actionsShown = List.of();
    cursor.restart();
    previous = null;
  }

  /// The journal's actions applied by the moment shown (replay), as entries among the rest.
  public void showActions(List<dev.weft.ui.replay.ReplaySource.Marker> actions) {
    if (actions.equals(actionsShown)) {
      return;
    }
    actionsShown = List.copyOf(actions);
    entries.removeIf(e -> e.kind() == TimelineEntry.Kind.ACTION);
    for (var a : actions) {
      entries.add(new TimelineEntry(a.at(), "", "", TimelineEntry.Kind.ACTION, null, a.text(), ""));
    }
    entries.sort(NEWEST_FIRST);
  }

  private static Set<List<WarningEvent>> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /// Adds or updates the warning's one line; whether anything changed.
  private boolean warning(WarningEvent w) {
    String key = w.zone() + "\u0000" + w.object() + "\u0000" + w.reason();
    String text =
        w.zone()
            + " \u00b7 "
            + w.reason()
            + ": "
            + w.message()
            + " ("
            + w.object()
            + (w.count() > 1 ? ", \u00d7" + w.count() : "")
            + ")";
    TimelineEntry old = warnings.get(key);
    if (old != null && old.text().equals(text) && !w.at().isAfter(old.at())) {
      return false;
    }
    if (old != null && w.at().isBefore(old.at())) {
      return false;
    }
    TimelineEntry next =
        new TimelineEntry(w.at(), w.zone(), w.app(), TimelineEntry.Kind.WARNING, null, text, key);
    if (old != null) {
      entries.remove(old);
    }
    warnings.put(key, next);
    entries.add(next);
    return true;
  }

  /// The user chose `entry` (click or Enter): select its node on the map.
  public void choose(TimelineEntry entry) {
    if (entry != null && !entry.placementId().isEmpty()) {
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

  /// Entries passing the filters, newest first.
  public ObservableList<TimelineEntry> visibleEntries() {
    return visible;
  }

  /// Every entry, newest first.
  List<TimelineEntry> entries() {
    return entries;
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
