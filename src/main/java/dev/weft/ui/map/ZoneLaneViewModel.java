package dev.weft.ui.map;

import dev.weft.fabric.Zone;
import dev.weft.state.ConnectionPhase;
import dev.weft.state.ConnectionState;
import dev.weft.state.Health;
import dev.weft.state.PlacementSnapshot;
import dev.weft.state.ZoneSnapshot;
import dev.weft.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// One zone's lane: its name, connection, gateway weight and a one-line health summary. A stale
/// or unreachable zone says so and since when, in words.
///
/// Threading: FX thread only (or one test thread).
public final class ZoneLaneViewModel {
  private final String zone;
  private final String displayName;
  private final String region;
  private final ReadOnlyObjectWrapper<ConnectionPhase> phase =
      new ReadOnlyObjectWrapper<>(ConnectionPhase.CONNECTING);
  private final ReadOnlyObjectWrapper<Health> health = new ReadOnlyObjectWrapper<>(Health.UNKNOWN);
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper unreachable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper weight = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper unserved = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper weightText = new ReadOnlyStringWrapper("");
  private final javafx.beans.property.ReadOnlyBooleanWrapper weightKnown =
      new javafx.beans.property.ReadOnlyBooleanWrapper(true);
  private ConnectionState connection;
  private ZoneSnapshot last;

  /// The zone record last applied (snapshots share unchanged records).
  ZoneSnapshot lastSnapshot() {
    return last;
  }

  ZoneLaneViewModel(Zone zone) {
    this.zone = zone.name();
    this.displayName = zone.displayName() == null ? zone.name() : zone.displayName();
    this.region = zone.region() == null ? "" : zone.region();
  }

  void update(ZoneSnapshot snapshot, int weightPercent, Instant now) {
    last = snapshot;
    connection = snapshot.connection();
    ConnectionPhase p = connection.phase();
    phase.set(p);
    health.set(snapshot.health());
    stale.set(p == ConnectionPhase.STALE);
    unreachable.set(
        switch (p) {
          case UNREACHABLE, UNAUTHORIZED, FORBIDDEN, MISCONFIGURED -> true;
          default -> false;
        });
    weight.set(weightPercent);
    weightKnown.set(weightPercent >= 0);
    summary.set(summarize(snapshot));
    // Users sent here are not served: the zone is down, or Weft cannot tell (not live).
    // A slow or degraded API still has its apps serving; connecting is not known yet.
    boolean lost =
        switch (p) {
          case STALE, UNREACHABLE, UNAUTHORIZED, FORBIDDEN, MISCONFIGURED -> true;
          default -> false;
        };
    String cannot =
        lost
            ? Messages.get("phase." + p.name().toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT)
            : snapshot.health() == Health.DOWN ? Messages.get("health.down") : "";
    unserved.set(weightPercent > 0 && !cannot.isEmpty());
    weightText.set(
        weightPercent < 0
            ? Messages.get("lane.weightUnknown")
            : unserved.get()
                ? Messages.get("lane.weightUnserved", weightPercent, cannot)
                : Messages.get("lane.weight", weightPercent));
    tick(now);
  }

  /// Refreshes the "last seen N s ago" wording.
  void tick(Instant now) {
    if (connection == null) {
      return;
    }
    String phaseName = Messages.get("phase." + connection.phase().name().toLowerCase(Locale.ROOT));
    status.set(
        switch (connection.phase()) {
          case LIVE -> "";
          case STALE ->
              withReason(
                  Messages.get(
                      "lane.stale", ago(connection.since(), now), CLOCK.format(connection.since())),
                  connection.reason());
          case CONNECTING, SYNCING -> phaseName;
          default ->
              connection.reason().isBlank()
                  ? phaseName
                  : Messages.get("lane.unreachable", phaseName, connection.reason());
        });
  }

  private static final java.time.format.DateTimeFormatter CLOCK =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
          .withZone(java.time.ZoneId.systemDefault());

  /// `HH:mm:ss` in the local time zone.
  static String clock(Instant at) {
    return CLOCK.format(at);
  }

  private static String withReason(String text, String reason) {
    return reason.isBlank() ? text : text + "\n" + reason;
  }

  /// "12 s", "3 min", "2 h": short and precise enough to judge staleness from across a room.
  static String ago(Instant then, Instant now) {
    long s = Math.max(0, Duration.between(then, now).toSeconds());
    if (s < 120) {
      return Messages.get("ago.seconds", s);
    }
    return s < 7200 ? Messages.get("ago.minutes", s / 60) : Messages.get("ago.hours", s / 3600);
  }

  /// "50 apps · 1 down · 4 degraded · 2 at risk", or "3 apps, all healthy" only when that is known.
  static String summarize(ZoneSnapshot snapshot) {
    int total = snapshot.placements().size();
    // One pass: this runs for every changed zone on every busy frame.
    int down = 0;
    int degraded = 0;
    int unknown = 0;
    int atRisk = 0;
    for (PlacementSnapshot p : snapshot.placements().values()) {
      switch (p.health()) {
        case DOWN -> down++;
        case DEGRADED -> degraded++;
        case UNKNOWN -> unknown++;
        default -> {}
      }
      // Healthy itself, but calling a dependency that is down where its calls go (here or in
      // the zone they are rerouted to): not "all healthy".
      if (p.atRisk() && p.health() != Health.DOWN) {
        atRisk++;
      }
    }
    if (down + degraded + unknown + atRisk == 0) {
      return Messages.get("lane.allHealthy", total);
    }
    StringBuilder text = new StringBuilder(Messages.get("lane.apps", total));
    appendCount(text, down, Health.DOWN);
    appendCount(text, degraded, Health.DEGRADED);
    appendCount(text, unknown, Health.UNKNOWN);
    if (atRisk > 0) {
      text.append(" \u00b7 ").append(Messages.get("lane.atRisk", atRisk));
    }
    return text.toString();
  }

  private static void appendCount(StringBuilder text, int n, Health h) {
    if (n > 0) {
      text.append(" \u00b7 ")
          .append(n)
          .append(' ')
          .append(Messages.get("health." + h.name().toLowerCase(Locale.ROOT)));
    }
  }

  public String zone() {
    return zone;
  }

  public String displayName() {
    return displayName;
  }

  public String region() {
    return region;
  }

  public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Health> healthProperty() {
    return health.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty unreachableProperty() {
    return unreachable.getReadOnlyProperty();
  }

  /// Whether the gateway's route has been read: until then the weight is -1, unknown.
  public ReadOnlyBooleanProperty weightKnownProperty() {
    return weightKnown.getReadOnlyProperty();
  }

  /// Percent of users' traffic the gateway sends here; -1 when the gateway's route is unknown.
  public ReadOnlyIntegerProperty weightProperty() {
    return weight.getReadOnlyProperty();
  }

  /// The gateway sends users here (weight above 0) but the zone cannot serve them: down, or
  /// not live.
  public ReadOnlyBooleanProperty unservedProperty() {
    return unserved.getReadOnlyProperty();
  }

  /// The gateway edge's label: "33 %", or "33 % → a zone that is down".
  public ReadOnlyStringProperty weightTextProperty() {
    return weightText.getReadOnlyProperty();
  }

  /// Empty when live; otherwise why the lane is greyed and since when.
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
