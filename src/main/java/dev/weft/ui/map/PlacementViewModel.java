package dev.weft.ui.map;

import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One node of the map: an app in a zone. Its identity and place never change; its state
/// follows the latest [PlacementSnapshot]. Properties only fire when a value really changes.
///
/// Threading: FX thread only (or one test thread).
public final class PlacementViewModel {
  private final String app;
  private final String zone;
  private final ReadOnlyObjectWrapper<Health> health = new ReadOnlyObjectWrapper<>(Health.UNKNOWN);
  private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper();
  private final ReadOnlyIntegerWrapper desired = new ReadOnlyIntegerWrapper();
  private final ReadOnlyIntegerWrapper restarts = new ReadOnlyIntegerWrapper();
  private final ObservableList<VersionTag> versions = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<VersionTag> versionsView =
      FXCollections.unmodifiableObservableList(versions);
  private final ReadOnlyBooleanWrapper canary = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper atRisk = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper reroutedTo = new ReadOnlyStringWrapper("");
  private Map<String, String> reroutes = Map.of();
  private final ReadOnlyBooleanWrapper selected = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper matched = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper dimmed = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper healthChanges = new ReadOnlyIntegerWrapper();
  // Lazy: formatted only when a tooltip or screen reader asks, not on every busy frame.
  private final StringBinding summary =
      Bindings.createStringBinding(
          () ->
              Messages.get(
                      "placement.summary",
                      id(),
                      Messages.get(
                          "health." + health.get().name().toLowerCase(java.util.Locale.ROOT)),
                      ready.get(),
                      desired.get(),
                      restarts.get())
                  + (atRisk.get() ? Messages.get("placement.summaryAtRisk") : ""),
          health,
          ready,
          desired,
          restarts,
          atRisk);
  private boolean seen;
  private PlacementSnapshot last;
  private String lastBaseline;
  private Map<String, Integer> lastVersions;
  private String lastVersionsBaseline;
  private boolean lastStale;

  PlacementViewModel(String app, String zone) {
    this.app = app;
    this.zone = zone;
  }

  /// Takes the latest state. `baselines` maps app → its baseline version. Returns whether the
  /// health changed live (not at the first sync, not because the zone went stale).
  boolean update(PlacementSnapshot p, Map<String, String> baselines, boolean zoneStale) {
    String baselineNow = baselines.getOrDefault(app, "");
    // Snapshots share unchanged records: most placements are skipped here on a busy fabric.
    if (p == last && zoneStale == lastStale && baselineNow.equals(lastBaseline)) {
      return false;
    }
    last = p;
    lastBaseline = baselineNow;
    lastStale = zoneStale;
    boolean changed =
        seen && p.health() != health.get() && !zoneStale && p.health() != Health.UNKNOWN;
    seen = true;
    health.set(p.health());
    ready.set(p.ready());
    desired.set(p.desired());
    restarts.set(p.restartsLast10m());
    stale.set(zoneStale);
    atRisk.set(p.atRisk());
    reroutes = p.reroutes();
    reroutedTo.set(
        reroutes.isEmpty()
            ? ""
            : String.join(", ", new java.util.LinkedHashSet<>(reroutes.values())));
    // Most changes in a storm are pod counts: the version chips stay as they are.
    if (!p.versions().equals(lastVersions) || !baselineNow.equals(lastVersionsBaseline)) {
      lastVersions = p.versions();
      lastVersionsBaseline = baselineNow;
      List<VersionTag> tags = new ArrayList<>();
      p.versions().forEach((tag, n) -> tags.add(new VersionTag(tag, n, !tag.equals(baselineNow))));
      if (!tags.equals(versions)) {
        versions.setAll(tags);
      }
      canary.set(tags.stream().anyMatch(VersionTag::canary));
    }
    return changed;
  }

  /// Asks views to draw the eye to this node once (see [#healthChangesProperty]).
  void flash() {
    healthChanges.set(healthChanges.get() + 1);
  }

  /// `app@zone`.
  public String id() {
    return app + "@" + zone;
  }

  public String app() {
    return app;
  }

  public String zone() {
    return zone;
  }

  public ReadOnlyObjectProperty<Health> healthProperty() {
    return health.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty desiredProperty() {
    return desired.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty restartsProperty() {
    return restarts.getReadOnlyProperty();
  }

  /// Image tags, most pods first; an unmodifiable view.
  public ObservableList<VersionTag> versions() {
    return versionsView;
  }

  public ReadOnlyBooleanProperty canaryProperty() {
    return canary.getReadOnlyProperty();
  }

  /// The zone is stale or unreachable: what is shown is the last known state.
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty atRiskProperty() {
    return atRisk.getReadOnlyProperty();
  }

  /// A change Weft made is not yet confirmed by the cluster (set by later action issues).
  public ReadOnlyBooleanProperty pendingProperty() {
    return pending.getReadOnlyProperty();
  }

  /// The zones this placement's rerouted dependency calls go to (`sh-1`, `sh-1, bj-1`); empty
  /// when nothing is rerouted.
  public ReadOnlyStringProperty reroutedToProperty() {
    return reroutedTo.getReadOnlyProperty();
  }

  /// Dependency → zone for every rerouted dependency (changes fire [#reroutedToProperty] or
  /// come with the same snapshot).
  public Map<String, String> reroutes() {
    return reroutes;
  }

  public ReadOnlyBooleanProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /// Matches the current search text.
  public ReadOnlyBooleanProperty matchedProperty() {
    return matched.getReadOnlyProperty();
  }

  /// Pushed into the background by the search or the "only unhealthy" filter.
  public ReadOnlyBooleanProperty dimmedProperty() {
    return dimmed.getReadOnlyProperty();
  }

  /// Counts live health changes (not the first sync): views animate on each increment.
  public ReadOnlyIntegerProperty healthChangesProperty() {
    return healthChanges.getReadOnlyProperty();
  }

  /// One line for tooltips and screen readers.
  public StringBinding summaryProperty() {
    return summary;
  }

  void setSelected(boolean value) {
    selected.set(value);
  }

  void setMatched(boolean value) {
    matched.set(value);
  }

  void setDimmed(boolean value) {
    dimmed.set(value);
  }

  boolean unhealthy() {
    return health.get() != Health.HEALTHY || stale.get() || atRisk.get();
  }
}
