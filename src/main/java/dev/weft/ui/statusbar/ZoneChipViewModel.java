package dev.weft.ui.statusbar;

import dev.weft.state.ConnectionPhase;
import dev.weft.state.ConnectionState;
import dev.weft.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// One zone's chip in the status bar: connection phase, API latency and age of the last event.
///
/// Threading: FX thread only (or one test thread).
public final class ZoneChipViewModel {
  private final String zone;
  private final ReadOnlyObjectWrapper<ConnectionPhase> phase =
      new ReadOnlyObjectWrapper<>(ConnectionPhase.CONNECTING);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
  private ConnectionState connection;

  ZoneChipViewModel(String zone) {
    this.zone = zone;
  }

  void update(ConnectionState state, Instant now) {
    connection = state;
    phase.set(state.phase());
    tick(now);
  }

  void tick(Instant now) {
    if (connection == null) {
      return;
    }
    String phaseWord = Messages.get("phase." + connection.phase().name().toLowerCase(Locale.ROOT));
    // A round-trip is news only while the zone answers: a stale or lost zone's last one ("11 ms")
    // would say it is fast when it does not answer at all.
    String latency =
        connection
            .apiLatency()
            .filter(d -> answering(connection.phase()))
            .map(d -> Messages.get("chip.latency", d.toMillis()))
            .orElse("–");
    boolean precise = connection.phase() != ConnectionPhase.LIVE;
    String age =
        connection.lastEventAt().map(t -> age(t, now, precise)).orElse(Messages.get("never"));
    text.set(Messages.get("chip.text", zone, phaseWord, latency, age));
    details.set(
        connection.reason().isBlank()
            ? Messages.get("chip.details", zone, phaseWord)
            : Messages.get("chip.detailsReason", zone, phaseWord, connection.reason()));
  }

  private static boolean answering(ConnectionPhase phase) {
    return switch (phase) {
      case SYNCING, LIVE, SLOW, DEGRADED -> true;
      default -> false;
    };
  }

  /// To the second once the zone is slow, stale or lost ("12 s": how long it has been). While
  /// it is live, only in steps ("< 10 s", "< 1 min", "3 min"): seconds counting up on a quiet
  /// live zone said nothing new and redrew the window every second.
  private static String age(Instant then, Instant now, boolean precise) {
    long s = Math.max(0, Duration.between(then, now).toSeconds());
    if (!precise && s < 60) {
      return Messages.get(s < 10 ? "ago.under10s" : "ago.underMinute");
    }
    if (precise && s < 120) {
      return Messages.get("ago.seconds", s);
    }
    return s < 7200 ? Messages.get("ago.minutes", s / 60) : Messages.get("ago.hours", s / 3600);
  }

  public String zone() {
    return zone;
  }

  public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /// `gz-1 · Live · 24 ms · 2 s`.
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /// Tooltip: the phase and its reason in full.
  public ReadOnlyStringProperty detailsProperty() {
    return details.getReadOnlyProperty();
  }
}
