package dev.weft.ui.canary;

import dev.weft.action.canary.ReleasePhase;
import dev.weft.ui.ReleaseView;
import java.util.ArrayList;
import java.util.List;

/// The zones of a release in `canary.order`, each with where the release stands there.
/// Stateless.
final class StepRows {
  private StepRows() {}

  static List<StepRow> of(ReleaseView r) {
    List<StepRow> rows = new ArrayList<>();
    for (String zone : r.order()) {
      rows.add(new StepRow(zone, status(r, zone), r.results().getOrDefault(zone, "")));
    }
    return rows;
  }

  private static String status(ReleaseView r, String zone) {
    return switch (r.phase()) {
      case CANARY -> zone.equals(r.canaryZone()) ? "canary" : "to go";
      case PROMOTING ->
          zone.equals(r.currentZone())
              ? "promoting"
              : r.touched().contains(zone) ? "promoted" : "to go";
      case PROMOTED -> "promoted";
      case ABORTING, ABORTED ->
          r.touched().contains(zone) || zone.equals(r.canaryZone()) ? "rolled back" : "untouched";
    };
  }

  /// Whether `zone` already runs the new version for good (the map shows it).
  static boolean promoted(ReleaseView r, String zone) {
    return r.phase() == ReleasePhase.PROMOTED
        || r.phase() == ReleasePhase.PROMOTING
            && r.touched().contains(zone)
            && !zone.equals(r.currentZone());
  }
}
