package dev.weft.ui.overview;

import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.ui.Messages;
import java.util.Locale;

/// One cell of the overview matrix: an app in a zone, as the map shows it (health, canary,
/// reroute, stale). Immutable. Words (reason, summary) are made only when asked for: a busy
/// frame changes hundreds of cells and reads the words of one.
///
/// @param source the placement's record, or null before the model reported it
public record MatrixCell(
    String app,
    String zone,
    Health health,
    boolean canary,
    boolean stale,
    boolean atRisk,
    boolean rerouted,
    PlacementSnapshot source) {

  /// A placement the model has not reported yet.
  static MatrixCell unknown(String app, String zone) {
    return new MatrixCell(app, zone, Health.UNKNOWN, false, false, false, false, null);
  }

  /// Draws the same as `other`: what the canvas shows did not change.
  boolean looksLike(MatrixCell other) {
    return health == other.health
        && canary == other.canary
        && stale == other.stale
        && atRisk == other.atRisk
        && rerouted == other.rerouted;
  }

  /// Why the health is what it is, in a few words ("0/3 pods ready").
  public String reason() {
    return source == null ? Messages.get("matrix.reason.noData") : CellReason.of(source, stale);
  }

  /// The zones this placement's rerouted calls go to (`sh-1, bj-1`); empty when none are.
  public String reroutedTo() {
    return source == null
        ? ""
        : String.join(", ", new java.util.LinkedHashSet<>(source.reroutes().values()));
  }

  /// `app@zone`, as the map and the inspector name placements.
  public String id() {
    return app + "@" + zone;
  }

  /// The health in words ("down").
  public String healthWord() {
    return Messages.get("health." + health.name().toLowerCase(Locale.ROOT));
  }

  /// One line for the tooltip and screen readers: zone, app, health, reason and marks.
  public String summary() {
    StringBuilder s =
        new StringBuilder(Messages.get("matrix.cell.summary", app, zone, healthWord(), reason()));
    if (stale) {
      s.append(Messages.get("matrix.cell.stale"));
    }
    if (canary) {
      s.append(Messages.get("matrix.cell.canary"));
    }
    if (rerouted) {
      s.append(Messages.get("matrix.cell.rerouted", reroutedTo()));
    }
    if (atRisk) {
      s.append(Messages.get("matrix.cell.atRisk"));
    }
    return s.toString();
  }
}
