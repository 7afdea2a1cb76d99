package dev.weft.ui.overview;

import dev.weft.state.Health;
import dev.weft.ui.Messages;
import java.util.Locale;

/// One cell of the overview matrix: an app in a zone, as the map shows it (health, canary,
/// reroute, stale), with a short reason for its health. Immutable: a changed placement gets a new
/// cell, so a view can tell changed cells by identity.
///
/// @param reroutedTo the zones this placement's rerouted calls go to (`sh-1, bj-1`); empty when
///     nothing is rerouted
/// @param reason why the health is what it is, in a few words ("0 of 3 pods ready")
public record MatrixCell(
    String app,
    String zone,
    Health health,
    boolean canary,
    boolean stale,
    boolean atRisk,
    String reroutedTo,
    String reason) {

  /// A placement the model has not reported yet.
  static MatrixCell unknown(String app, String zone) {
    return new MatrixCell(
        app, zone, Health.UNKNOWN, false, false, false, "", Messages.get("matrix.reason.noData"));
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
        new StringBuilder(Messages.get("matrix.cell.summary", app, zone, healthWord(), reason));
    if (stale) {
      s.append(Messages.get("matrix.cell.stale"));
    }
    if (canary) {
      s.append(Messages.get("matrix.cell.canary"));
    }
    if (!reroutedTo.isEmpty()) {
      s.append(Messages.get("matrix.cell.rerouted", reroutedTo));
    }
    if (atRisk) {
      s.append(Messages.get("matrix.cell.atRisk"));
    }
    return s.toString();
  }
}
