package dev.weft.ui.overview;

import dev.weft.fabric.App;
import dev.weft.fabric.Zone;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.FabricSnapshot;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.Messages;
import dev.weft.ui.map.MapSelection;
import dev.weft.ui.map.MapViewModel;
import dev.weft.ui.map.NavigationDirection;
import dev.weft.ui.map.PlacementViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/// The overview of a large fabric: a matrix with one row per app and one column per zone, one
/// [MatrixCell] per placement. It shares the map's selection (selecting a cell selects the
/// placement on the map and opens the inspector) and reads the map's canary and stale marks, so
/// the two views never disagree.
///
/// [#apply] diffs a snapshot into the cells: a cell is rebuilt only when its placement record,
/// its zone's staleness or its canary mark changed, and one [MatrixChange] per applied snapshot
/// names those cells. Call it after the map's own `apply` for the same snapshot.
///
/// Threading: FX thread only (or one test thread).
public final class MatrixViewModel {
  /// Fabrics with more placements than this open on the matrix; smaller ones on the map.
  public static final int MATRIX_ABOVE = 60;

  private final MapViewModel map;
  private final ReadOnlyObjectWrapper<MatrixChange> change = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty showing = new SimpleBooleanProperty();
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyStringWrapper selectedSummary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
  private List<String> zones = List.of();
  private List<String> apps = List.of();
  private final Map<String, Integer> appRow = new HashMap<>();
  private final Map<String, Integer> indexOf = new HashMap<>();
  private MatrixCell[] cells = new MatrixCell[0];
  private PlacementViewModel[] onMap = new PlacementViewModel[0];
  private Object mapLayout;
  private Object fabric;
  private FabricSnapshot behind;
  private String[] zoneNotes = new String[0];
  private final int[] counts = new int[Health.values().length];
  private long seq;
  private PlacementSnapshot lastSelectedSource;

  public MatrixViewModel(MapViewModel map) {
    this.map = map;
    map.selection().selectedIdProperty().addListener((o, a, id) -> followSelection(id));
    showing.addListener(
        (o, was, now) -> {
          if (now && behind != null) {
            apply(behind);
          }
        });
  }

  /// Diffs `snapshot` into the cells; a new set of zones or apps rebuilds them and applies the
  /// default-view rule ([#MATRIX_ABOVE]). While the map shows, only the latest snapshot is kept
  /// and diffed when the matrix is shown: in a pod storm the hidden matrix's diff was a twentieth
  /// of each frame.
  public void apply(FabricSnapshot snapshot) {
    if (!showing.get() && snapshot.fabric() == fabric && map.layoutProperty().get() == mapLayout) {
      behind = snapshot;
      return;
    }
    behind = null;
    fabric = snapshot.fabric();
    List<String> nextZones = snapshot.fabric().zones().stream().map(Zone::name).toList();
    List<String> nextApps = snapshot.fabric().apps().stream().map(App::name).toList();
    boolean reshaped = !nextZones.equals(zones) || !nextApps.equals(apps);
    if (reshaped) {
      reshape(nextZones, nextApps);
    }
    if (reshaped || map.layoutProperty().get() != mapLayout) {
      // The map made new placement view models (its shape changed): read marks from those.
      mapLayout = map.layoutProperty().get();
      for (int i = 0; i < cells.length; i++) {
        onMap[i] = map.placement(cells[i].id()).orElse(null);
      }
    }
    List<Integer> changed = new ArrayList<>();
    boolean zonesChanged = false;
    for (int col = 0; col < zones.size(); col++) {
      ZoneSnapshot zone = snapshot.zones().get(zones.get(col));
      if (zone == null) {
        continue;
      }
      String note = note(zone.connection().phase());
      if (!note.equals(zoneNotes[col])) {
        zoneNotes[col] = note;
        zonesChanged = true;
      }
      for (PlacementSnapshot p : zone.placements().values()) {
        Integer row = appRow.get(p.app());
        if (row != null && update(row * zones.size() + col, p)) {
          changed.add(row * zones.size() + col);
        }
      }
    }
    if (reshaped || zonesChanged || !changed.isEmpty()) {
      change.set(new MatrixChange(++seq, reshaped, changed, zonesChanged));
      caption.set(caption());
      if (reshaped) {
        followSelection(map.selection().selectedIdProperty().get());
      }
    }
    int i = selected.get();
    if (i >= 0 && cells[i].source() != lastSelectedSource) {
      // Words for the selected cell only, also when its look did not change (3/3 → 2/3 ready).
      selectedSummary.set(cells[i].summary());
      lastSelectedSource = cells[i].source();
    }
  }

  private void reshape(List<String> nextZones, List<String> nextApps) {
    zones = nextZones;
    apps = nextApps;
    int n = zones.size() * apps.size();
    cells = new MatrixCell[n];
    onMap = new PlacementViewModel[n];
    zoneNotes = new String[zones.size()];
    Arrays.fill(zoneNotes, "");
    Arrays.fill(counts, 0);
    appRow.clear();
    indexOf.clear();
    for (int row = 0; row < apps.size(); row++) {
      appRow.put(apps.get(row), row);
      for (int col = 0; col < zones.size(); col++) {
        MatrixCell cell = MatrixCell.unknown(apps.get(row), zones.get(col));
        cells[row * zones.size() + col] = cell;
        indexOf.put(cell.id(), row * zones.size() + col);
        counts[Health.UNKNOWN.ordinal()]++;
      }
    }
    showing.set(n > MATRIX_ABOVE);
  }

  /// Takes cell `i`'s latest record, staleness and canary mark; returns whether its look changed.
  private boolean update(int i, PlacementSnapshot p) {
    PlacementViewModel marks = onMap[i];
    boolean stale = marks != null && marks.staleProperty().get();
    boolean canary = marks != null && marks.canaryProperty().get();
    MatrixCell old = cells[i];
    // Snapshots share unchanged records: on a busy fabric most cells stop here.
    if (p == old.source() && stale == old.stale() && canary == old.canary()) {
      return false;
    }
    MatrixCell next =
        new MatrixCell(
            old.app(),
            old.zone(),
            p.health(),
            canary,
            stale,
            p.atRisk(),
            !p.reroutes().isEmpty(),
            p);
    cells[i] = next;
    if (next.looksLike(old)) {
      return false;
    }
    counts[old.health().ordinal()]--;
    counts[next.health().ordinal()]++;
    return true;
  }

  /// What a column heading says under the zone's name: nothing while events flow.
  private static String note(ConnectionPhase phase) {
    return switch (phase) {
      case LIVE, SLOW, DEGRADED -> "";
      default -> Messages.get("matrix.zone." + phase.name().toLowerCase(Locale.ROOT));
    };
  }

  private String caption() {
    List<String> parts = new ArrayList<>();
    for (Health h : new Health[] {Health.DOWN, Health.DEGRADED, Health.UNKNOWN}) {
      if (counts[h.ordinal()] > 0) {
        parts.add(
            Messages.get("map.count." + h.name().toLowerCase(Locale.ROOT), counts[h.ordinal()]));
      }
    }
    String health = parts.isEmpty() ? Messages.get("map.allHealthy") : String.join(" · ", parts);
    return Messages.get("matrix.caption", zones.size(), apps.size(), health);
  }

  private void followSelection(String id) {
    int i = indexOf.getOrDefault(id, -1);
    selected.set(i);
    selectedSummary.set(i < 0 ? "" : cells[i].summary());
    lastSelectedSource = i < 0 ? null : cells[i].source();
  }

  /// Selects the cell at `row` (app), `column` (zone): the map and the inspector follow.
  public void select(int row, int column) {
    if (row >= 0 && row < rows() && column >= 0 && column < columns()) {
      selection().select(cells[index(row, column)].id());
    }
  }

  /// Moves the selection one cell in `direction` (left/right across zones, up/down across apps);
  /// with nothing selected, selects the first cell. Stops at the edges.
  public void move(NavigationDirection direction) {
    if (cells.length == 0) {
      return;
    }
    int i = selected.get();
    if (i < 0) {
      select(0, 0);
      return;
    }
    int row = i / columns();
    int col = i % columns();
    switch (direction) {
      case LEFT -> select(row, Math.max(0, col - 1));
      case RIGHT -> select(row, Math.min(columns() - 1, col + 1));
      case UP -> select(Math.max(0, row - 1), col);
      case DOWN -> select(Math.min(rows() - 1, row + 1), col);
    }
  }

  /// Moves the selection `delta` rows (Page Up/Down), staying in its column.
  public void moveRows(int delta) {
    int i = Math.max(0, selected.get());
    select(Math.clamp(i / Math.max(1, columns()) + delta, 0, rows() - 1), i % columns());
  }

  /// Selects the first (Home) or last (End) zone of the selected app's row.
  public void moveToRowEdge(boolean last) {
    int i = Math.max(0, selected.get());
    select(i / Math.max(1, columns()), last ? columns() - 1 : 0);
  }

  /// Enter, double click: leave the matrix for the map, centred on the selected placement.
  public void showOnMap() {
    showing.set(false);
  }

  private MapSelection selection() {
    return map.selection();
  }

  public int index(int row, int column) {
    return row * zones.size() + column;
  }

  public int rows() {
    return apps.size();
  }

  public int columns() {
    return zones.size();
  }

  /// App names, one per row, in fabric order.
  public List<String> apps() {
    return apps;
  }

  /// Zone names, one per column, in fabric order.
  public List<String> zones() {
    return zones;
  }

  /// "stale", "unreachable"… for a zone whose events do not flow; empty otherwise.
  public String zoneNote(int column) {
    return zoneNotes[column];
  }

  public MatrixCell cell(int row, int column) {
    return cells[index(row, column)];
  }

  public MatrixCell cell(int index) {
    return cells[index];
  }

  /// One per applied snapshot that changed anything; views redraw what it names.
  public ReadOnlyObjectProperty<MatrixChange> changeProperty() {
    return change.getReadOnlyProperty();
  }

  /// The window shows the matrix instead of the map. Set by the default-view rule whenever the
  /// fabric's shape changes; the View menu and [#showOnMap] change it.
  public BooleanProperty showingProperty() {
    return showing;
  }

  /// Index of the selected cell, or -1.
  public ReadOnlyIntegerProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /// The selected cell's [MatrixCell#summary], for screen readers; empty without a selection.
  public ReadOnlyStringProperty selectedSummaryProperty() {
    return selectedSummary.getReadOnlyProperty();
  }

  /// "10 zones × 50 apps: 3 down · 30 degraded", above the matrix.
  public ReadOnlyStringProperty captionProperty() {
    return caption.getReadOnlyProperty();
  }
}
