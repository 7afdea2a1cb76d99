package dev.weft.ui.inspector;

import dev.weft.fabric.Zone;
import dev.weft.state.ConditionSnapshot;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.PodSnapshot;
import dev.weft.state.WarningEvent;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.Messages;
import dev.weft.ui.PodLogSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/// The side panel for the selected placement: its pods (filterable; the view sorts), conditions,
/// recent warnings, a kubectl command for the selected object and a live log tail.
///
/// Threading: FX thread only (or one test thread).
public final class InspectorViewModel {
  private final ReadOnlyStringWrapper placementId = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
  private final ObservableList<PodRow> pods = FXCollections.observableArrayList();
  private final FilteredList<PodRow> visiblePods = new FilteredList<>(pods);
  private final StringProperty podFilter = new SimpleStringProperty("");
  private final StringProperty selectedPod = new SimpleStringProperty("");
  private final ObservableList<ConditionSnapshot> conditions = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<ConditionSnapshot> conditionsView =
      FXCollections.unmodifiableObservableList(conditions);
  private final ObservableList<WarningEvent> warnings = FXCollections.observableArrayList();
  // Held once: a fresh wrapper per call would drop listeners when it is collected.
  private final ObservableList<WarningEvent> warningsView =
      FXCollections.unmodifiableObservableList(warnings);
  private final ReadOnlyStringWrapper kubectl = new ReadOnlyStringWrapper("");
  private final LogTailViewModel log;
  private FabricSnapshot last;

  public InspectorViewModel(PodLogSource logs) {
    this.log = new LogTailViewModel(logs);
    podFilter.addListener((o, a, b) -> refilter());
    selectedPod.addListener((o, a, b) -> onPodChosen());
  }

  /// The open fabric changed: follow logs through its session from now on.
  public void useLogs(PodLogSource logs) {
    log.useSource(logs);
  }

  /// Shows `app@zone`; empty shows nothing.
  public void show(String id) {
    String next = id == null ? "" : id;
    if (!next.equals(placementId.get())) {
      placementId.set(next);
      selectedPod.set("");
      log.follow("", "", "");
    }
    refresh();
  }

  public void apply(FabricSnapshot snapshot) {
    FabricSnapshot before = last;
    last = snapshot;
    refresh();
    resumeLogWhenZoneIsBack(before);
  }

  /// A log stream ends when its zone is lost; once the zone is LIVE again, follow the chosen pod
  /// anew (it may have gone meanwhile: the source then says so).
  private void resumeLogWhenZoneIsBack(FabricSnapshot before) {
    String pod = selectedPod.get();
    Optional<Zone> zone = zone();
    if (before == null || pod == null || pod.isEmpty() || zone.isEmpty()) {
      return;
    }
    String name = zone.get().name();
    var was = before.zones().get(name);
    var now = last.zones().get(name);
    if (was != null
        && now != null
        && was.connection().phase() != dev.weft.state.ConnectionPhase.LIVE
        && now.connection().phase() == dev.weft.state.ConnectionPhase.LIVE) {
      log.follow(name, zone.get().namespace(), pod);
      log.note(Messages.get("log.resumed", name, pod));
    }
  }

  private void refresh() {
    Optional<PlacementSnapshot> p = find();
    empty.set(p.isEmpty());
    if (p.isEmpty()) {
      title.set(Messages.get("inspector.empty"));
      subtitle.set("");
      pods.clear();
      conditions.clear();
      warnings.clear();
      kubectl.set("");
      return;
    }
    PlacementSnapshot placement = p.get();
    title.set(placement.id());
    subtitle.set(
        Messages.get(
            "inspector.subtitle",
            Messages.get("health." + placement.health().name().toLowerCase(Locale.ROOT)),
            placement.ready(),
            placement.desired(),
            String.join(", ", placement.versions().keySet())));
    var shortNames = PodRow.shortNames(placement.pods().stream().map(PodSnapshot::name).toList());
    List<PodRow> rows =
        placement.pods().stream()
            .map(pod -> PodRow.of(pod, last.at(), shortNames.get(pod.name())))
            .toList();
    if (!rows.equals(pods)) {
      pods.setAll(rows);
    }
    if (!placement.conditions().equals(conditions)) {
      conditions.setAll(placement.conditions());
    }
    if (!placement.warnings().equals(warnings)) {
      warnings.setAll(placement.warnings());
    }
    updateKubectl();
  }

  private Optional<PlacementSnapshot> find() {
    String id = placementId.get();
    int at = id.indexOf('@');
    if (last == null || at < 0) {
      return Optional.empty();
    }
    ZoneSnapshot zone = last.zones().get(id.substring(at + 1));
    return zone == null
        ? Optional.empty()
        : Optional.ofNullable(zone.placements().get(id.substring(0, at)));
  }

  private void onPodChosen() {
    updateKubectl();
    Optional<Zone> zone = zone();
    log.follow(
        zone.map(Zone::name).orElse(""), zone.map(Zone::namespace).orElse(""), selectedPod.get());
  }

  private Optional<Zone> zone() {
    return find().flatMap(p -> last.fabric().zone(p.zone()));
  }

  private void updateKubectl() {
    Optional<PlacementSnapshot> p = find();
    Optional<Zone> zone = zone();
    if (p.isEmpty() || zone.isEmpty()) {
      kubectl.set("");
      return;
    }
    String deployment =
        last.fabric().app(p.get().app()).map(a -> a.deployment()).orElse(p.get().app());
    // The fabric's own kubeconfig (the demo's is in a temporary folder): the command works
    // when pasted into any shell, whatever KUBECONFIG says there.
    String kubeconfig =
        last.fabric()
            .kubeconfig()
            .map(k -> " --kubeconfig " + shellQuote(k.toAbsolutePath().toString()))
            .orElse("");
    String base =
        "kubectl"
            + kubeconfig
            + " --context "
            + zone.get().context()
            + " -n "
            + zone.get().namespace();
    String pod = selectedPod.get();
    kubectl.set(
        pod == null || pod.isEmpty()
            ? base + " get deployment/" + deployment + " -o wide"
            : base + " logs -f pod/" + pod);
  }

  /// `text` as one shell word: as is when it is plain, else in single quotes.
  static String shellQuote(String text) {
    if (text.matches("[A-Za-z0-9_./:=@%+-]+")) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private void refilter() {
    String q = podFilter.get() == null ? "" : podFilter.get().trim().toLowerCase(Locale.ROOT);
    visiblePods.setPredicate(
        row ->
            q.isEmpty()
                || (row.name()
                        + " "
                        + row.status()
                        + " "
                        + row.version()
                        + " "
                        + row.node()
                        + " "
                        + row.lastState()
                        + " "
                        + row.lastWarning())
                    .toLowerCase(Locale.ROOT)
                    .contains(q));
  }

  public ReadOnlyStringProperty placementIdProperty() {
    return placementId.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty subtitleProperty() {
    return subtitle.getReadOnlyProperty();
  }

  /// Nothing is selected.
  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  /// Pods passing the filter; the view wraps this in a sorted list for its table.
  public ObservableList<PodRow> visiblePods() {
    return visiblePods;
  }

  public StringProperty podFilterProperty() {
    return podFilter;
  }

  /// The pod chosen in the table (its name), or empty.
  public StringProperty selectedPodProperty() {
    return selectedPod;
  }

  public ObservableList<ConditionSnapshot> conditions() {
    return conditionsView;
  }

  public ObservableList<WarningEvent> warnings() {
    return warningsView;
  }

  /// A kubectl command for the selected pod, or for the Deployment when no pod is chosen.
  public ReadOnlyStringProperty kubectlProperty() {
    return kubectl.getReadOnlyProperty();
  }

  public LogTailViewModel log() {
    return log;
  }
}
